"""The fictional Steppe and Sea Youth Music Camp, in every language.

Nothing here is fact: the camp exists so that a visitor of the demo can apply
to an upcoming program. Every text says that it is a demo; the dates are not
written here at all but counted from the day ``seed_demo`` runs.
"""

SLUG = "steppe-and-sea-music-camp"

PROGRAM = {
    "title": {
        "en": "Steppe and Sea Youth Music Camp (demo)",
        "fr": "Camp musical de jeunes « Steppe et mer » (démo)",
        "ru": "Молодёжный музыкальный лагерь «Степь и море» (демо)",
        "kk": "«Дала мен теңіз» жастар музыкалық лагері (демо)",
        "zh-hans": "草原与大海青年音乐营（演示）",
    },
    "theme": {
        "en": (
            "Young musicians from Kazakhstan and China learn each other's "
            "instruments, from the dombra to the guzheng"
        ),
        "fr": (
            "De jeunes musiciens du Kazakhstan et de Chine apprennent les "
            "instruments les uns des autres, de la dombra au guzheng"
        ),
        "ru": (
            "Молодые музыканты из Казахстана и Китая осваивают инструменты друг "
            "друга — от домбры до гучжэна"
        ),
        "kk": (
            "Қазақстан мен Қытайдың жас музыканттары бір-бірінің аспаптарын "
            "үйренеді: домбырадан гучжэнге дейін"
        ),
        "zh-hans": "哈萨克斯坦和中国的青年音乐人互学对方的乐器，从冬不拉到古筝",
    },
    "summary": {
        "en": (
            "A fictional program invented for the Caravan demo. Twelve young "
            "musicians spend ten days together in Almaty and Aktau, swap "
            "instruments and prepare a concert by the Caspian Sea. Applications "
            "are open: try applying."
        ),
        "fr": (
            "Un programme fictif inventé pour la démonstration de Caravan. Douze "
            "jeunes musiciens passent dix jours ensemble à Alma-Ata et à Aktau, "
            "échangent leurs instruments et préparent un concert au bord de la "
            "mer Caspienne. Les candidatures sont ouvertes : essayez de postuler."
        ),
        "ru": (
            "Вымышленная программа, придуманная для демонстрации Caravan. "
            "Двенадцать молодых музыкантов проводят десять дней вместе в Алматы и "
            "Актау, меняются инструментами и готовят концерт на берегу "
            "Каспийского моря. Приём заявок открыт — попробуйте подать заявку."
        ),
        "kk": (
            "Caravan демонстрациясы үшін ойдан шығарылған бағдарлама. Он екі жас "
            "музыкант Алматы мен Ақтауда он күн бірге болып, аспаптарымен "
            "алмасады және Каспий теңізінің жағасында концерт дайындайды. Өтінім "
            "қабылдау ашық — өтінім беріп көріңіз."
        ),
        "zh-hans": (
            "这是为 Caravan 演示虚构的项目。十二名青年音乐人在阿拉木图和阿克套共度"
            "十天，互换乐器，并在里海之滨准备一场音乐会。报名现已开放，欢迎试着"
            "报名。"
        ),
    },
    "body": {
        "en": (
            "<p><strong>This is a fictional demo program.</strong> The camp, its "
            "dates, its events and its participants were invented for the Caravan "
            "demonstration, and none of it will take place. Its dates are counted "
            "from the day the demo was set up, so it is always upcoming.</p>"
            "<p>For ten days, young musicians from Kazakhstan and China live and "
            "rehearse together. In Almaty, at the foot of the mountains, each of "
            "them learns the basics of an instrument from the other country: the "
            "dombra and the kobyz, the guzheng and the erhu. The camp then moves "
            "to Aktau on the Caspian coast, where mixed ensembles prepare a shared "
            "program for a closing concert by the sea.</p>"
            "<p><strong>Try the applicant's journey.</strong> The camp has twelve "
            "places, and fictional participants hold eleven of them. The first "
            "visitor who applies and confirms their email address gets the last "
            "place; the next one joins the waitlist and, as soon as someone "
            "cancels, takes the freed place and is told so by email. In the demo, "
            "the emails are printed in the terminal where make demo runs.</p>"
        ),
        "fr": (
            "<p><strong>Ceci est un programme de démonstration fictif.</strong> Le "
            "camp, ses dates, ses événements et ses participants ont été inventés "
            "pour la démonstration de Caravan, et rien de tout cela n'aura lieu. "
            "Ses dates sont comptées à partir du jour où la démonstration a été "
            "installée : il est donc toujours à venir.</p>"
            "<p>Pendant dix jours, de jeunes musiciens du Kazakhstan et de Chine "
            "vivent et répètent ensemble. À Alma-Ata, au pied des montagnes, "
            "chacun apprend les bases d'un instrument de l'autre pays : la dombra "
            "et le kobyz, le guzheng et l'erhu. Le camp se déplace ensuite à "
            "Aktau, sur la côte de la Caspienne, où des ensembles mixtes préparent "
            "un programme commun pour un concert de clôture au bord de la mer.</p>"
            "<p><strong>Essayez le parcours d'un candidat.</strong> Le camp compte "
            "douze places, dont onze sont occupées par des participants fictifs. "
            "Le premier visiteur qui postule et confirme son adresse e-mail obtient "
            "la dernière place ; le suivant est inscrit sur la liste d'attente et, "
            "dès que quelqu'un annule, reçoit la place libérée et en est averti "
            "par e-mail. Dans la démonstration, les e-mails s'affichent dans le "
            "terminal où tourne make demo.</p>"
        ),
        "ru": (
            "<p><strong>Это вымышленная демонстрационная программа.</strong> "
            "Лагерь, его даты, мероприятия и участники придуманы для демонстрации "
            "Caravan, и ничего из этого не состоится. Даты отсчитываются от дня, "
            "когда было установлено демо, поэтому программа всегда предстоящая.</p>"
            "<p>Десять дней молодые музыканты из Казахстана и Китая живут и "
            "репетируют вместе. В Алматы, у подножия гор, каждый осваивает основы "
            "игры на инструменте другой страны: домбре и кобызе, гучжэне и эрху. "
            "Затем лагерь переезжает в Актау, на берег Каспия, где смешанные "
            "ансамбли готовят общую программу к заключительному концерту у "
            "моря.</p>"
            "<p><strong>Попробуйте пройти путь участника.</strong> В лагере "
            "двенадцать мест, одиннадцать из них заняты вымышленными участниками. "
            "Первый посетитель, который подаст заявку и подтвердит адрес "
            "электронной почты, получит последнее место; следующий попадёт в лист "
            "ожидания, а как только кто-нибудь отменит регистрацию, займёт "
            "освободившееся место и получит об этом письмо. В демо письма "
            "выводятся в терминале, где запущен make demo.</p>"
        ),
        "kk": (
            "<p><strong>Бұл — ойдан шығарылған демо бағдарлама.</strong> Лагерь, "
            "оның күндері, іс-шаралары мен қатысушылары Caravan демонстрациясы "
            "үшін құрастырылған, олардың ешқайсысы шын мәнінде өтпейді. Күндері "
            "демо орнатылған күннен бастап есептеледі, сондықтан бағдарлама "
            "әрқашан алдағы болып көрінеді.</p>"
            "<p>Он күн бойы Қазақстан мен Қытайдың жас музыканттары бірге тұрып, "
            "бірге дайындалады. Тау етегіндегі Алматыда әрқайсысы басқа елдің "
            "аспабында ойнаудың негіздерін үйренеді: домбыра мен қобыз, гучжэн мен "
            "эрху. Содан кейін лагерь Каспий жағалауындағы Ақтауға көшеді, онда "
            "аралас ансамбльдер теңіз жағасындағы қорытынды концертке ортақ "
            "бағдарлама әзірлейді.</p>"
            "<p><strong>Қатысушының жолын өзіңіз байқап көріңіз.</strong> "
            "Лагерьде он екі орын бар, оның он бірін ойдан шығарылған қатысушылар "
            "алып қойған. Өтінім беріп, электрондық пошта мекенжайын бірінші "
            "растаған келуші соңғы орынды алады; келесісі күту тізіміне түседі, ал "
            "біреу тіркелуден бас тартқан бойда босаған орынға ие болып, бұл "
            "туралы хат алады. Демода хаттар make demo іске қосылған терминалда "
            "көрсетіледі.</p>"
        ),
        "zh-hans": (
            "<p><strong>这是一个虚构的演示项目。</strong>音乐营及其日期、活动和"
            "参与者均为 Caravan 演示而虚构，都不会真实举行。日期从演示搭建当天起"
            "算，因此该项目始终是即将开始的项目。</p>"
            "<p>在十天里，来自哈萨克斯坦和中国的青年音乐人同吃同住、一起排练。"
            "在山脚下的阿拉木图，每位营员学习对方国家一种乐器的基础：冬不拉和"
            "库布孜，古筝和二胡。随后音乐营移师里海之滨的阿克套，混合编组的乐团"
            "在那里为海边的闭幕音乐会共同准备曲目。</p>"
            "<p><strong>亲自体验报名流程。</strong>音乐营共有十二个名额，其中十一"
            "个已由虚构的参与者占用。第一位报名并确认电子邮件地址的访客将获得最后"
            "一个名额；下一位将进入候补名单，一旦有人取消报名，便会递补空出的名额"
            "并收到电子邮件通知。在演示中，邮件会显示在运行 make demo 的终端"
            "里。</p>"
        ),
    },
}

# The two stops, keyed by city; the days count from the camp's first day.
STOPS = {
    "almaty": {
        "first_day": 0,
        "last_day": 4,
        "summary": {
            "en": (
                "Days 1 to 5: instrument workshops and rehearsals at the foot of "
                "the mountains, and the opening concert."
            ),
            "fr": (
                "Jours 1 à 5 : ateliers d'instruments et répétitions au pied des "
                "montagnes, et concert d'ouverture."
            ),
            "ru": (
                "Дни 1–5: мастер-классы по инструментам и репетиции у подножия "
                "гор, концерт открытия."
            ),
            "kk": (
                "1–5-күндер: тау етегінде аспаптар бойынша шеберлік сабақтары мен "
                "дайындықтар, ашылу концерті."
            ),
            "zh-hans": "第1至5天：在山脚下举办乐器工作坊和排练，并举行开幕音乐会。",
        },
    },
    "aktau": {
        "first_day": 5,
        "last_day": 9,
        "summary": {
            "en": (
                "Days 6 to 10: mixed ensembles rehearse by the Caspian Sea and "
                "give the closing concert."
            ),
            "fr": (
                "Jours 6 à 10 : des ensembles mixtes répètent au bord de la "
                "Caspienne et donnent le concert de clôture."
            ),
            "ru": (
                "Дни 6–10: смешанные ансамбли репетируют на берегу Каспия и дают "
                "заключительный концерт."
            ),
            "kk": (
                "6–10-күндер: аралас ансамбльдер Каспий жағасында дайындалып, "
                "қорытынды концерт береді."
            ),
            "zh-hans": "第6至10天：混合编组的乐团在里海边排练，并举办闭幕音乐会。",
        },
    },
}

# Every event's description opens with this, so no one takes it for real.
EVENT_NOTE = {
    "en": (
        "<p><strong>Demo event:</strong> invented for the Caravan demo; it will "
        "not take place.</p>"
    ),
    "fr": (
        "<p><strong>Événement de démonstration :</strong> inventé pour la "
        "démonstration de Caravan ; il n'aura pas lieu.</p>"
    ),
    "ru": (
        "<p><strong>Демонстрационное мероприятие:</strong> придумано для "
        "демонстрации Caravan и не состоится.</p>"
    ),
    "kk": (
        "<p><strong>Демо іс-шара:</strong> Caravan демонстрациясы үшін ойдан "
        "шығарылған, ол өтпейді.</p>"
    ),
    "zh-hans": "<p><strong>演示活动：</strong>为 Caravan 演示虚构，不会真实举行。</p>",
}

# Keyed by the end of the event's slug. ``day`` counts from the first day;
# ``starts`` is the local time in ``timezone``, ``minutes`` its length.
EVENTS = {
    "opening-concert": {
        "kind": "festival",
        "stop": "almaty",
        "day": 0,
        "starts": "19:00",
        "minutes": 120,
        "timezone": "Asia/Almaty",
        "title": {
            "en": "Opening concert in Almaty",
            "fr": "Concert d'ouverture à Alma-Ata",
            "ru": "Концерт открытия в Алматы",
            "kk": "Алматыдағы ашылу концерті",
            "zh-hans": "阿拉木图开幕音乐会",
        },
        "description": {
            "en": (
                "<p>Each group plays a short piece from home, and the musicians "
                "meet the partners they will rehearse with.</p>"
            ),
            "fr": (
                "<p>Chaque groupe joue un court morceau de son pays, et les "
                "musiciens rencontrent les partenaires avec qui ils répéteront.</p>"
            ),
            "ru": (
                "<p>Каждая группа исполняет короткую пьесу из своей страны, а "
                "музыканты знакомятся с партнёрами, с которыми будут "
                "репетировать.</p>"
            ),
            "kk": (
                "<p>Әр топ өз елінен қысқа шығарма орындайды, ал музыканттар "
                "бірге дайындалатын серіктестерімен танысады.</p>"
            ),
            "zh-hans": (
                "<p>每个小组演奏一首来自家乡的短曲，音乐人们与接下来一起排练的伙伴"
                "相识。</p>"
            ),
        },
    },
    "instrument-swap": {
        "kind": "other",
        "stop": "almaty",
        "day": 2,
        "starts": "10:00",
        "minutes": 360,
        "timezone": "Asia/Almaty",
        "title": {
            "en": "Instrument swap: dombra and guzheng",
            "fr": "Échange d'instruments : dombra et guzheng",
            "ru": "Обмен инструментами: домбра и гучжэн",
            "kk": "Аспап алмасу: домбыра мен гучжэн",
            "zh-hans": "乐器互换：冬不拉与古筝",
        },
        "description": {
            "en": (
                "<p>Kazakh musicians teach the first chords on the dombra, "
                "Chinese musicians the first melody on the guzheng; in the "
                "afternoon everyone plays the other's instrument.</p>"
            ),
            "fr": (
                "<p>Les musiciens kazakhs enseignent les premiers accords de la "
                "dombra, les musiciens chinois la première mélodie au guzheng ; "
                "l'après-midi, chacun joue de l'instrument de l'autre.</p>"
            ),
            "ru": (
                "<p>Казахстанские музыканты показывают первые аккорды на домбре, "
                "китайские — первую мелодию на гучжэне; после обеда каждый "
                "играет на инструменте другого.</p>"
            ),
            "kk": (
                "<p>Қазақстандық музыканттар домбырадағы алғашқы аккордтарды, "
                "қытайлық музыканттар гучжэндегі алғашқы әуенді үйретеді; түстен "
                "кейін әркім өзгенің аспабында ойнайды.</p>"
            ),
            "zh-hans": (
                "<p>哈萨克斯坦音乐人教授冬不拉的入门和弦，中国音乐人教授古筝的第一"
                "首旋律；下午，每个人都来演奏对方的乐器。</p>"
            ),
        },
    },
    "shared-supper": {
        "kind": "culinary",
        "stop": "aktau",
        "day": 6,
        "starts": "19:00",
        "minutes": 150,
        "timezone": "Asia/Aqtau",
        "title": {
            "en": "Shared supper by the sea",
            "fr": "Dîner partagé au bord de la mer",
            "ru": "Общий ужин у моря",
            "kk": "Теңіз жағасындағы ортақ кешкі ас",
            "zh-hans": "海边共享晚餐",
        },
        "description": {
            "en": (
                "<p>The participants cook dishes from both countries together, "
                "from beshbarmak to dumplings, and sing the songs each country "
                "sings at the table.</p>"
            ),
            "fr": (
                "<p>Les participants cuisinent ensemble des plats des deux pays, "
                "du beshbarmak aux raviolis, et chantent les chansons que chaque "
                "pays chante à table.</p>"
            ),
            "ru": (
                "<p>Участники вместе готовят блюда обеих стран — от бешбармака до "
                "китайских пельменей — и поют песни, которые в каждой стране поют "
                "за столом.</p>"
            ),
            "kk": (
                "<p>Қатысушылар екі елдің тағамдарын — бесбармақтан бастап қытай "
                "тұшпарасына дейін — бірге әзірлеп, әр елде дастарқан басында "
                "айтылатын әндерді орындайды.</p>"
            ),
            "zh-hans": (
                "<p>参与者一起烹制两国的菜肴，从哈萨克手抓肉到饺子，并演唱两国"
                "餐桌上常唱的歌曲。</p>"
            ),
        },
    },
    "closing-concert": {
        "kind": "festival",
        "stop": "aktau",
        "day": 9,
        "starts": "19:30",
        "minutes": 120,
        "timezone": "Asia/Aqtau",
        "title": {
            "en": "Closing concert on the Caspian shore",
            "fr": "Concert de clôture sur la rive de la Caspienne",
            "ru": "Заключительный концерт на берегу Каспия",
            "kk": "Каспий жағасындағы қорытынды концерт",
            "zh-hans": "里海岸边闭幕音乐会",
        },
        "description": {
            "en": (
                "<p>The mixed ensembles play the program they prepared during the "
                "camp, in the open air by the sea.</p>"
            ),
            "fr": (
                "<p>Les ensembles mixtes jouent en plein air, au bord de la mer, "
                "le programme préparé pendant le camp.</p>"
            ),
            "ru": (
                "<p>Смешанные ансамбли исполняют программу, подготовленную в "
                "лагере, под открытым небом у моря.</p>"
            ),
            "kk": (
                "<p>Аралас ансамбльдер лагерьде дайындаған бағдарламасын теңіз "
                "жағасында, ашық аспан астында орындайды.</p>"
            ),
            "zh-hans": (
                "<p>混合编组的乐团在海边露天演奏他们在音乐营期间准备的曲目。</p>"
            ),
        },
    },
}

# Fictional people who hold eleven of the twelve places. All of them agreed to
# be listed, so the program page shows who a visitor would join.
# (given name, name in native script, category, country, language, organisation)
_PEOPLE = [
    ("Aigerim", "Әйгерім Демо", "youth", "KZ", "kk", "youth-club"),
    ("Nurlan", "Нұрлан Демо", "youth", "KZ", "kk", None),
    ("Madina", "Мадина Демо", "youth", "KZ", "ru", "youth-club"),
    ("Dias", "Диас Демо", "youth", "KZ", "en", None),
    ("Yerlan", "Ерлан Демо", "organiser", "KZ", "ru", "youth-club"),
    ("Saule", "Сәуле Демо", "interpreter", "KZ", "kk", None),
    ("Xiaoyu", "", "youth", "CN", "zh-hans", None),
    ("Haoran", "", "youth", "CN", "zh-hans", None),
    ("Meilin", "", "youth", "CN", "zh-hans", None),
    ("Yutong", "", "youth", "CN", "fr", None),
    ("Jun", "", "organiser", "CN", "zh-hans", None),
]
PARTICIPANTS = [
    {
        "given_name": given_name,
        "native_name": native_name,
        "category": category,
        "country": country,
        "preferred_language": language,
        "organisation": organisation,
        "public_listing_consent": True,
    }
    for given_name, native_name, category, country, language, organisation in _PEOPLE
]
