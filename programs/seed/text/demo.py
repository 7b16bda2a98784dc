"""Illustrative text for the demo, in every language; every row it fills is demo data.

The facts give no exact days, venues or people. The events below therefore
carry demo dates that say so, and the organisations, participants and report
are fictional and say so in their own text.
"""

# Launch and interview days are unknown; these placeholders only let the events
# exist (an event needs a start) and are announced as demo dates in the text.
LAUNCH_EVENT = {
    "starts_at": "2024-08-01T10:00",
    "timezone": "Asia/Almaty",
    "title": {
        "en": "Launch ceremony in Astana",
        "fr": "Cérémonie de lancement à Astana",
        "ru": "Церемония открытия в Астане",
        "kk": "Астанадағы ашылу рәсімі",
        "zh-hans": "阿斯塔纳启动仪式",
    },
    "description": {
        "en": (
            "<p><strong>Demo date:</strong> the launch took place in Astana in "
            "August 2024, but the exact day is not known. The date and time shown "
            "here are illustrative.</p>"
            "<p>The ceremony officially opened the program. Cultural officials, "
            "diplomats, researchers and young representatives of Kazakhstan's "
            "culture and tourism sectors attended.</p>"
        ),
        "fr": (
            "<p><strong>Date de démonstration :</strong> le lancement a eu lieu à "
            "Astana en août 2024, mais le jour exact n'est pas connu. La date et "
            "l'heure indiquées ici sont données à titre d'illustration.</p>"
            "<p>La cérémonie a officiellement ouvert le programme, en présence de "
            "responsables culturels, de diplomates, de chercheurs et de jeunes "
            "représentants des secteurs de la culture et du tourisme du "
            "Kazakhstan.</p>"
        ),
        "ru": (
            "<p><strong>Демонстрационная дата:</strong> открытие прошло в Астане в "
            "августе 2024 года, но точный день неизвестен. Указанные здесь дата и "
            "время условны.</p>"
            "<p>Церемония официально открыла программу. На ней присутствовали "
            "представители органов культуры, дипломаты, исследователи и молодые "
            "представители сферы культуры и туризма Казахстана.</p>"
        ),
        "kk": (
            "<p><strong>Демо күні:</strong> ашылу 2024 жылғы тамызда Астанада өтті, "
            "бірақ нақты күні белгісіз. Мұнда көрсетілген күн мен уақыт шартты "
            "түрде берілген.</p>"
            "<p>Рәсім бағдарламаны ресми түрде ашты. Оған мәдениет саласының "
            "лауазымды тұлғалары, дипломаттар, зерттеушілер және Қазақстанның "
            "мәдениет пен туризм салаларының жас өкілдері қатысты.</p>"
        ),
        "zh-hans": (
            "<p><strong>演示日期：</strong>启动仪式于2024年8月在阿斯塔纳举行，"
            "但具体日期不详。此处显示的日期和时间仅作示例。</p>"
            "<p>仪式标志着项目正式启动。文化官员、外交官、研究人员以及哈萨克斯坦"
            "文化和旅游领域的青年代表出席了仪式。</p>"
        ),
    },
}

# One interview per stop, keyed by the stop's city.
INTERVIEW_EVENTS = {
    "almaty": {
        "starts_at": "2024-08-05T11:00",
        "timezone": "Asia/Almaty",
        "title": {
            "en": "Media interview in Almaty",
            "fr": "Entretiens médiatiques à Alma-Ata",
            "ru": "Медиаинтервью в Алматы",
            "kk": "Алматыдағы медиа-сұхбат",
            "zh-hans": "阿拉木图媒体采访",
        },
    },
    "aktau": {
        "starts_at": "2024-08-08T11:00",
        "timezone": "Asia/Aqtau",
        "title": {
            "en": "Media interview in Aktau",
            "fr": "Entretiens médiatiques à Aktau",
            "ru": "Медиаинтервью в Актау",
            "kk": "Ақтаудағы медиа-сұхбат",
            "zh-hans": "阿克套媒体采访",
        },
    },
    "tashkent": {
        "starts_at": "2024-08-12T11:00",
        "timezone": "Asia/Tashkent",
        "title": {
            "en": "Media interview in Tashkent",
            "fr": "Entretiens médiatiques à Tachkent",
            "ru": "Медиаинтервью в Ташкенте",
            "kk": "Ташкенттегі медиа-сұхбат",
            "zh-hans": "塔什干媒体采访",
        },
    },
    "samarkand": {
        "starts_at": "2024-08-15T11:00",
        "timezone": "Asia/Samarkand",
        "title": {
            "en": "Media interview in Samarkand",
            "fr": "Entretiens médiatiques à Samarcande",
            "ru": "Медиаинтервью в Самарканде",
            "kk": "Самарқандтағы медиа-сұхбат",
            "zh-hans": "撒马尔罕媒体采访",
        },
    },
}

INTERVIEW_DESCRIPTION = {
    "en": (
        "<p><strong>Demo date:</strong> the dates of the media interview tour are "
        "not known. The date and time shown here are illustrative.</p>"
        "<p>Journalists and editors from Lianyungang's mainstream media conduct "
        "interviews at this stop of the tour, gathering stories of cooperation "
        "between Lianyungang and the Belt and Road countries.</p>"
    ),
    "fr": (
        "<p><strong>Date de démonstration :</strong> les dates de la tournée "
        "d'entretiens médiatiques ne sont pas connues. La date et l'heure "
        "indiquées ici sont données à titre d'illustration.</p>"
        "<p>Des journalistes et rédacteurs des principaux médias de Lianyungang "
        "mènent des entretiens à cette étape de la tournée, afin de recueillir des "
        "histoires de coopération entre Lianyungang et les pays de « la Ceinture "
        "et la Route ».</p>"
    ),
    "ru": (
        "<p><strong>Демонстрационная дата:</strong> даты медиатура неизвестны. "
        "Указанные здесь дата и время условны.</p>"
        "<p>Журналисты и редакторы ведущих СМИ Ляньюньгана проводят интервью на "
        "этой остановке тура, собирая истории сотрудничества Ляньюньгана со "
        "странами «Пояса и пути».</p>"
    ),
    "kk": (
        "<p><strong>Демо күні:</strong> медиа-сұхбат турының күндері белгісіз. "
        "Мұнда көрсетілген күн мен уақыт шартты түрде берілген.</p>"
        "<p>Ляньюньганның жетекші БАҚ журналистері мен редакторлары турдың осы "
        "аялдамасында сұхбат жүргізіп, Ляньюньган мен «Белдеу және жол» елдері "
        "арасындағы ынтымақтастық туралы әңгімелер жинайды.</p>"
    ),
    "zh-hans": (
        "<p><strong>演示日期：</strong>媒体采访活动的具体日期不详。此处显示的"
        "日期和时间仅作示例。</p>"
        "<p>连云港主流媒体的记者和编辑在这一站开展采访，收集连云港与“一带一路”"
        "共建国家的合作故事。</p>"
    ),
}

# Fictional organisations, keyed by a stable name used to find them again.
ORGANISATIONS = {
    "newsroom": {
        "kind": "media",
        "city": "lianyungang",
        "name": {
            "en": "Demo Newsroom Lianyungang (demo)",
            "fr": "Rédaction de démonstration de Lianyungang (démo)",
            "ru": "Демонстрационная редакция Ляньюньгана (демо)",
            "kk": "Ляньюньганның демо редакциясы (демо)",
            "zh-hans": "连云港演示编辑部（演示）",
        },
    },
    "institute": {
        "kind": "university",
        "city": "astana",
        "name": {
            "en": "Demo Institute for Silk Road Studies (demo)",
            "fr": "Institut de démonstration d'études de la Route de la Soie (démo)",
            "ru": "Демонстрационный институт исследований Шёлкового пути (демо)",
            "kk": "Жібек жолын зерттеудің демо институты (демо)",
            "zh-hans": "丝绸之路研究演示研究所（演示）",
        },
    },
    "youth-club": {
        "kind": "ngo",
        "city": "almaty",
        "name": {
            "en": "Demo Youth Culture Club (demo)",
            "fr": "Club culturel de jeunes de démonstration (démo)",
            "ru": "Демонстрационный молодёжный культурный клуб (демо)",
            "kk": "Демо жастар мәдениет клубы (демо)",
            "zh-hans": "青年文化演示俱乐部（演示）",
        },
    },
}

# Fictional people: the family name "Demo" and the bio say so wherever they appear.
PARTICIPANTS = [
    {
        "given_name": "Aru",
        "native_name": "Ару Демо",
        "category": "youth",
        "country": "KZ",
        "organisation": "youth-club",
        "preferred_language": "kk",
        "public_listing_consent": True,
        "status": "confirmed",
    },
    {
        "given_name": "Marat",
        "native_name": "Марат Демо",
        "category": "cultural_official",
        "country": "KZ",
        "organisation": None,
        "preferred_language": "ru",
        "public_listing_consent": True,
        "status": "confirmed",
    },
    {
        "given_name": "Dana",
        "native_name": "",
        "category": "researcher",
        "country": "KZ",
        "organisation": "institute",
        "preferred_language": "en",
        "public_listing_consent": False,
        "status": "confirmed",
    },
    {
        "given_name": "Lin",
        "native_name": "",
        "category": "diplomat",
        "country": "CN",
        "organisation": None,
        "preferred_language": "zh-hans",
        "public_listing_consent": False,
        "status": "applied",
    },
    {
        "given_name": "Wei",
        "native_name": "",
        "category": "journalist",
        "country": "CN",
        "organisation": "newsroom",
        "preferred_language": "zh-hans",
        "public_listing_consent": True,
        "status": "confirmed",
    },
    {
        "given_name": "Hua",
        "native_name": "",
        "category": "editor",
        "country": "CN",
        "organisation": "newsroom",
        "preferred_language": "fr",
        "public_listing_consent": False,
        "status": "confirmed",
    },
]

PARTICIPANT_BIO = {
    "en": (
        "(demo) A fictional participant created for the Caravan demonstration; "
        "not a real person. Category: {category}."
    ),
    "fr": (
        "(démo) Participant fictif créé pour la démonstration de Caravan ; il ne "
        "s'agit pas d'une personne réelle. Catégorie : {category}."
    ),
    "ru": (
        "(демо) Вымышленный участник, созданный для демонстрации Caravan; "
        "не реальный человек. Категория: {category}."
    ),
    "kk": (
        "(демо) Caravan демонстрациясы үшін ойдан құрастырылған қатысушы; нақты "
        "адам емес. Санаты: {category}."
    ),
    "zh-hans": "（演示）为 Caravan 演示虚构的参与者，并非真实人物。类别：{category}。",
}

CATEGORY_NAMES = {
    "cultural_official": {
        "en": "cultural official",
        "fr": "responsable culturel",
        "ru": "представитель органов культуры",
        "kk": "мәдениет саласының лауазымды тұлғасы",
        "zh-hans": "文化官员",
    },
    "diplomat": {
        "en": "diplomat",
        "fr": "diplomate",
        "ru": "дипломат",
        "kk": "дипломат",
        "zh-hans": "外交官",
    },
    "researcher": {
        "en": "researcher",
        "fr": "chercheur",
        "ru": "исследователь",
        "kk": "зерттеуші",
        "zh-hans": "研究人员",
    },
    "youth": {
        "en": "youth representative",
        "fr": "représentant de la jeunesse",
        "ru": "представитель молодёжи",
        "kk": "жастар өкілі",
        "zh-hans": "青年代表",
    },
    "journalist": {
        "en": "journalist",
        "fr": "journaliste",
        "ru": "журналист",
        "kk": "журналист",
        "zh-hans": "记者",
    },
    "editor": {
        "en": "editor",
        "fr": "rédacteur",
        "ru": "редактор",
        "kk": "редактор",
        "zh-hans": "编辑",
    },
    "organiser": {
        "en": "organiser",
        "fr": "organisateur",
        "ru": "организатор",
        "kk": "ұйымдастырушы",
        "zh-hans": "主办方人员",
    },
    "interpreter": {
        "en": "interpreter",
        "fr": "interprète",
        "ru": "переводчик",
        "kk": "аудармашы",
        "zh-hans": "口译员",
    },
}

REPORT = {
    "author": "Caravan demo (fictional author)",
    "title": {
        "en": "Demo report: the program at a glance",
        "fr": "Rapport de démonstration : le programme en bref",
        "ru": "Демонстрационный отчёт: программа вкратце",
        "kk": "Демо есеп: бағдарлама қысқаша",
        "zh-hans": "演示报告：项目概览",
    },
    "body": {
        "en": (
            "<p><strong>This is a demo report.</strong> It was written for the "
            "Caravan demonstration to show how reports appear on the site. It is "
            "not an official report of the program and adds no facts beyond those "
            "published about it.</p>"
            "<p>The program began with a launch ceremony in Astana in August 2024. "
            "Its media interview tour takes journalists and editors from "
            "Lianyungang to Almaty, Aktau, Tashkent and Samarkand.</p>"
            "<p>A full report could describe each stop of the tour, the stories "
            "gathered there, and the exhibitions, music festivals and culinary "
            "exchanges envisaged for the program.</p>"
        ),
        "fr": (
            "<p><strong>Ceci est un rapport de démonstration.</strong> Il a été "
            "rédigé pour la démonstration de Caravan afin de montrer comment les "
            "rapports s'affichent sur le site. Ce n'est pas un rapport officiel du "
            "programme et il n'ajoute aucun fait à ceux qui ont été publiés à son "
            "sujet.</p>"
            "<p>Le programme a débuté par une cérémonie de lancement à Astana en "
            "août 2024. Sa tournée d'entretiens médiatiques conduit des "
            "journalistes et rédacteurs de Lianyungang à Alma-Ata, Aktau, Tachkent "
            "et Samarcande.</p>"
            "<p>Un rapport complet pourrait décrire chaque étape de la tournée, les "
            "histoires qui y ont été recueillies, ainsi que les expositions, "
            "festivals de musique et échanges culinaires envisagés dans le cadre du "
            "programme.</p>"
        ),
        "ru": (
            "<p><strong>Это демонстрационный отчёт.</strong> Он написан для "
            "демонстрации Caravan, чтобы показать, как отчёты выглядят на сайте. "
            "Это не официальный отчёт программы, и он не добавляет никаких фактов "
            "к уже опубликованным.</p>"
            "<p>Программа началась с церемонии открытия в Астане в августе 2024 "
            "года. В рамках медиатура журналисты и редакторы из Ляньюньгана "
            "посещают Алматы, Актау, Ташкент и Самарканд.</p>"
            "<p>В полном отчёте можно было бы рассказать о каждой остановке тура, "
            "о собранных там историях, а также о запланированных выставках, "
            "музыкальных фестивалях и кулинарных обменах.</p>"
        ),
        "kk": (
            "<p><strong>Бұл — демо есеп.</strong> Ол есептердің сайтта қалай "
            "көрінетінін көрсету үшін Caravan демонстрациясына арнап жазылды. Бұл "
            "бағдарламаның ресми есебі емес және бағдарлама туралы жарияланған "
            "мәліметтерге жаңа дерек қоспайды.</p>"
            "<p>Бағдарлама 2024 жылғы тамызда Астанада өткен ашылу рәсімімен "
            "басталды. Медиа-сұхбат турының аясында Ляньюньганның журналистері мен "
            "редакторлары Алматы, Ақтау, Ташкент және Самарқанд қалаларына "
            "барады.</p>"
            "<p>Толық есепте турдың әр аялдамасы, сол жерде жиналған әңгімелер, "
            "сондай-ақ бағдарлама аясында жоспарланған көрмелер, музыкалық "
            "фестивальдер мен аспаздық алмасулар сипатталуы мүмкін.</p>"
        ),
        "zh-hans": (
            "<p><strong>这是一份演示报告。</strong>本报告专为 Caravan 演示而撰写，"
            "用于展示报告在网站上的呈现方式。它不是该项目的官方报告，也未在已公开的"
            "信息之外增加任何事实。</p>"
            "<p>项目于2024年8月在阿斯塔纳举行启动仪式。媒体采访活动组织连云港的记者"
            "和编辑前往阿拉木图、阿克套、塔什干和撒马尔罕。</p>"
            "<p>一份完整的报告可以介绍采访活动的每一站、在各站收集到的故事，以及项目"
            "计划举办的展览、音乐节和美食交流活动。</p>"
        ),
    },
}

IMAGE_CREDIT = "Generated for the Caravan demo"

IMAGE_ALT_TEXT = {
    "en": (
        "Abstract generated artwork: translucent circles and lines over a colour "
        "gradient."
    ),
    "fr": (
        "Illustration abstraite générée : cercles et lignes translucides sur un "
        "dégradé de couleurs."
    ),
    "ru": (
        "Абстрактное сгенерированное изображение: полупрозрачные круги и линии на "
        "цветовом градиенте."
    ),
    "kk": (
        "Генерацияланған абстрактілі сурет: түсті градиент үстіндегі жартылай "
        "мөлдір шеңберлер мен сызықтар."
    ),
    "zh-hans": "程序生成的抽象图案：彩色渐变背景上的半透明圆形和线条。",
}

IMAGE_CAPTION = {
    "en": "Illustrative image generated for the demo.",
    "fr": "Image d'illustration générée pour la démonstration.",
    "ru": "Иллюстрация, сгенерированная для демонстрации.",
    "kk": "Демонстрация үшін генерацияланған иллюстрация.",
    "zh-hans": "为演示生成的示意图片。",
}
