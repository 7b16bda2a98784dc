"""Text about the reference program, in every language, saying only what the facts say.

Names and titles come from the facts file; the sentences here were written for
the demo. Nothing in this module may go beyond the facts: invented details
belong in ``demo_text`` and are flagged as demo data.
"""

PROGRAM_SUMMARY = {
    "en": (
        "A cultural exchange program organised by the city of Lianyungang, the "
        "Chinese port at the eastern end of the China–Kazakhstan logistics "
        "corridor. It officially began with a launch ceremony in Astana in August "
        "2024 and includes a media interview tour of Almaty, Aktau, Tashkent and "
        "Samarkand."
    ),
    "fr": (
        "Un programme d'échange culturel organisé par la ville de Lianyungang, port "
        "chinois situé à l'extrémité orientale du corridor logistique "
        "Chine-Kazakhstan. Il a officiellement débuté par une cérémonie de "
        "lancement à Astana en août 2024 et comprend une tournée d'entretiens "
        "médiatiques à Alma-Ata, Aktau, Tachkent et Samarcande."
    ),
    "ru": (
        "Программа культурного обмена, организованная городом Ляньюньган — "
        "китайским портом на восточном конце логистического коридора Китай — "
        "Казахстан. Она официально стартовала церемонией открытия в Астане в "
        "августе 2024 года и включает медиатур с интервью в Алматы, Актау, "
        "Ташкенте и Самарканде."
    ),
    "kk": (
        "Ляньюньган қаласы ұйымдастырған мәдени алмасу бағдарламасы. Ляньюньган — "
        "Қытай – Қазақстан логистикалық дәлізінің шығыс шетіндегі қытай порты. "
        "Бағдарлама 2024 жылғы тамызда Астанада өткен ашылу рәсімімен ресми түрде "
        "басталды және Алматы, Ақтау, Ташкент пен Самарқандқа баратын "
        "медиа-сұхбат турын қамтиды."
    ),
    "zh-hans": (
        "由连云港市主办的文化交流项目。连云港是中国港口城市，位于中哈物流通道的"
        "东端。项目于2024年8月在阿斯塔纳举行启动仪式，正式拉开帷幕，并包括赴"
        "阿拉木图、阿克套、塔什干和撒马尔罕的媒体采访活动。"
    ),
}

PROGRAM_BODY = {
    "en": (
        "<p>The China-Kazakhstan Cultural Exchange Program (Lianyungang) is "
        "organised by the Chinese port city of Lianyungang under the theme "
        "“Building the Silk Road Together, Winning the Future Together”.</p>"
        "<p>The program officially began in August 2024 with a launch ceremony in "
        "Astana, the capital of Kazakhstan. Cultural officials, diplomats, "
        "researchers and young representatives of Kazakhstan's culture and "
        "tourism sectors attended.</p>"
        "<p>Its media interview program takes journalists and editors from "
        "Lianyungang's mainstream media to Almaty, Aktau, Tashkent and Samarkand. "
        "They set out to report stories of cooperation between Lianyungang and "
        "the Belt and Road countries, and to strengthen tourism and trade ties "
        "with Central Asia.</p>"
        "<p>Collaborative art exhibitions, music festivals and culinary exchanges "
        "are envisaged. The program builds on cooperation that already spans "
        "logistics, trade, education, culture, health and tourism: Lianyungang "
        "and Aktau became sister cities in 2023, and the China-Kazakhstan "
        "(Lianyungang) Logistics Cooperation Base dates from May 2014.</p>"
    ),
    "fr": (
        "<p>Le Programme d'échange culturel Chine-Kazakhstan (Lianyungang) est "
        "organisé par la ville portuaire chinoise de Lianyungang sur le thème "
        "« Construire la Route de la Soie ensemble et gagner l'avenir ».</p>"
        "<p>Le programme a officiellement débuté en août 2024 par une cérémonie "
        "de lancement à Astana, capitale du Kazakhstan, en présence de "
        "responsables culturels, de diplomates, de chercheurs et de jeunes "
        "représentants des secteurs de la culture et du tourisme du "
        "Kazakhstan.</p>"
        "<p>Son programme d'entretiens médiatiques conduit des journalistes et "
        "des rédacteurs des principaux médias de Lianyungang à Alma-Ata, Aktau, "
        "Tachkent et Samarcande. Il s'agit de raconter des histoires de "
        "coopération entre Lianyungang et les pays de « la Ceinture et la "
        "Route », et de renforcer les liens touristiques et commerciaux avec "
        "l'Asie centrale.</p>"
        "<p>Des expositions d'art communes, des festivals de musique et des "
        "échanges culinaires sont envisagés. Le programme s'appuie sur une "
        "coopération qui couvre déjà la logistique, le commerce, l'éducation, la "
        "culture, la santé et le tourisme : Lianyungang et Aktau sont devenues "
        "villes jumelles en 2023, et la base de coopération logistique "
        "Chine-Kazakhstan (Lianyungang) date de mai 2014.</p>"
    ),
    "ru": (
        "<p>Программа культурного обмена Китай-Казахстан (Ляньюньган) "
        "организована китайским портовым городом Ляньюньган и проходит под "
        "девизом «Вместе строим Шёлковый путь, вместе выигрываем будущее».</p>"
        "<p>Программа официально стартовала в августе 2024 года церемонией "
        "открытия в Астане, столице Казахстана. На ней присутствовали "
        "представители органов культуры, дипломаты, исследователи и молодые "
        "представители сферы культуры и туризма Казахстана.</p>"
        "<p>В рамках медийной программы журналисты и редакторы ведущих СМИ "
        "Ляньюньгана посещают Алматы, Актау, Ташкент и Самарканд. Их задача — "
        "рассказать о сотрудничестве Ляньюньгана со странами «Пояса и пути» и "
        "укрепить туристические и торговые связи с Центральной Азией.</p>"
        "<p>Запланированы совместные художественные выставки, музыкальные "
        "фестивали и кулинарные обмены. Программа опирается на сотрудничество, "
        "которое уже охватывает логистику, торговлю, образование, культуру, "
        "здравоохранение и туризм: в 2023 году Ляньюньган и Актау стали "
        "городами-побратимами, а китайско-казахстанская (Ляньюньганская) база "
        "логистического сотрудничества действует с мая 2014 года.</p>"
    ),
    "kk": (
        "<p>Қытай-Қазақстан (Ляньюньган) мәдени алмасу бағдарламасын Қытайдың "
        "Ляньюньган порт қаласы «Жібек жолын бірге саламыз, болашақты бірге "
        "жеңеміз» тақырыбымен ұйымдастырады.</p>"
        "<p>Бағдарлама 2024 жылғы тамызда Қазақстанның астанасы Астанада өткен "
        "ашылу рәсімімен ресми түрде басталды. Рәсімге мәдениет саласының "
        "лауазымды тұлғалары, дипломаттар, зерттеушілер және Қазақстанның "
        "мәдениет пен туризм салаларының жас өкілдері қатысты.</p>"
        "<p>Медиа-сұхбат бағдарламасы аясында Ляньюньганның жетекші БАҚ "
        "журналистері мен редакторлары Алматы, Ақтау, Ташкент және Самарқанд "
        "қалаларына барады. Мақсат — Ляньюньган мен «Белдеу және жол» елдері "
        "арасындағы ынтымақтастық туралы баяндау және Орталық Азиямен туризм мен "
        "сауда байланыстарын нығайту.</p>"
        "<p>Бірлескен көркемөнер көрмелері, музыкалық фестивальдер және аспаздық "
        "алмасулар жоспарланып отыр. Бағдарлама логистика, сауда, білім беру, "
        "мәдениет, денсаулық сақтау және туризм салаларын қамтитын "
        "ынтымақтастыққа сүйенеді: Ляньюньган мен Ақтау 2023 жылы бауырлас "
        "қалалар атанды, ал Қытай-Қазақстан (Ляньюньган) логистикалық "
        "ынтымақтастық базасы 2014 жылғы мамырдан бері жұмыс істейді.</p>"
    ),
    "zh-hans": (
        "<p>中国-哈萨克斯坦（连云港）文化交流项目由中国港口城市连云港主办，主题为"
        "“共建丝绸之路，共赢美好未来”。</p>"
        "<p>项目于2024年8月在哈萨克斯坦首都阿斯塔纳举行启动仪式，正式拉开帷幕。"
        "文化官员、外交官、研究人员以及哈萨克斯坦文化和旅游领域的青年代表出席了"
        "仪式。</p>"
        "<p>在媒体采访活动中，连云港主流媒体的记者和编辑前往阿拉木图、阿克套、"
        "塔什干和撒马尔罕，讲述连云港与“一带一路”共建国家的合作故事，加强与中亚"
        "地区的旅游和经贸联系。</p>"
        "<p>项目还计划举办联合艺术展览、音乐节和美食交流活动。项目建立在已涵盖"
        "物流、贸易、教育、文化、卫生和旅游等领域的合作基础之上：连云港与阿克套"
        "于2023年结为友好城市，中哈（连云港）物流合作基地则于2014年5月建立。</p>"
    ),
}

CITY_DESCRIPTIONS = {
    "lianyungang": {
        "en": (
            "A port city in Jiangsu province, China, at the eastern end of the "
            "China–Kazakhstan logistics corridor. It organises the cultural "
            "exchange program."
        ),
        "fr": (
            "Ville portuaire de la province du Jiangsu, en Chine, à l'extrémité "
            "orientale du corridor logistique Chine-Kazakhstan. Elle organise le "
            "programme d'échange culturel."
        ),
        "ru": (
            "Портовый город в провинции Цзянсу (Китай), восточная конечная точка "
            "логистического коридора Китай — Казахстан. Организатор программы "
            "культурного обмена."
        ),
        "kk": (
            "Қытайдың Цзянсу провинциясындағы порт қаласы, Қытай – Қазақстан "
            "логистикалық дәлізінің шығыс шеті. Мәдени алмасу бағдарламасын "
            "ұйымдастырушы қала."
        ),
        "zh-hans": (
            "中国江苏省港口城市，位于中哈物流通道的东端，文化交流项目的主办城市。"
        ),
    },
    "beijing": {
        "en": (
            "The French-language news report on the program's launch carries a "
            "Beijing dateline."
        ),
        "fr": (
            "La dépêche en français annonçant le lancement du programme est datée de "
            "Pékin."
        ),
        "ru": "Новость на французском языке о старте программы передана из Пекина.",
        "kk": (
            "Бағдарламаның басталуы туралы француз тіліндегі жаңалық Бейжіңнен "
            "берілген."
        ),
        "zh-hans": "关于项目启动的法语新闻报道发自北京。",
    },
    "astana": {
        "en": (
            "The capital of Kazakhstan, where the program's launch ceremony took "
            "place in August 2024."
        ),
        "fr": (
            "Capitale du Kazakhstan, où s'est tenue la cérémonie de lancement du "
            "programme en août 2024."
        ),
        "ru": (
            "Столица Казахстана, где в августе 2024 года прошла церемония открытия "
            "программы."
        ),
        "kk": (
            "Қазақстанның астанасы; бағдарламаның ашылу рәсімі осында 2024 жылғы "
            "тамызда өтті."
        ),
        "zh-hans": "哈萨克斯坦首都，项目启动仪式于2024年8月在此举行。",
    },
    "almaty": {
        "en": (
            "A city in Kazakhstan, one of the four stops of the program's media "
            "interview tour."
        ),
        "fr": (
            "Ville du Kazakhstan, l'une des quatre étapes de la tournée "
            "d'entretiens médiatiques du programme."
        ),
        "ru": "Город в Казахстане, одна из четырёх остановок медиатура программы.",
        "kk": (
            "Қазақстандағы қала, бағдарламаның медиа-сұхбат турының төрт аялдамасының "
            "бірі."
        ),
        "zh-hans": "哈萨克斯坦城市，项目媒体采访活动的四站之一。",
    },
    "aktau": {
        "en": (
            "A Kazakh city on the Caspian coast. It has been a sister city of "
            "Lianyungang since 2023 and is a stop of the media interview tour."
        ),
        "fr": (
            "Ville kazakhe sur la côte de la mer Caspienne, jumelée avec "
            "Lianyungang depuis 2023 et étape de la tournée d'entretiens "
            "médiatiques."
        ),
        "ru": (
            "Казахстанский город на побережье Каспийского моря. С 2023 года — "
            "город-побратим Ляньюньгана и одна из остановок медиатура."
        ),
        "kk": (
            "Каспий теңізі жағалауындағы қазақстандық қала. 2023 жылдан бері "
            "Ляньюньганның бауырлас қаласы, медиа-сұхбат турының аялдамаларының бірі."
        ),
        "zh-hans": (
            "哈萨克斯坦里海沿岸城市，自2023年起与连云港结为友好城市，"
            "也是媒体采访活动的一站。"
        ),
    },
    "tashkent": {
        "en": "The capital of Uzbekistan and a stop of the media interview tour.",
        "fr": (
            "Capitale de l'Ouzbékistan et étape de la tournée d'entretiens médiatiques."
        ),
        "ru": "Столица Узбекистана и одна из остановок медиатура.",
        "kk": "Өзбекстанның астанасы, медиа-сұхбат турының аялдамаларының бірі.",
        "zh-hans": "乌兹别克斯坦首都，媒体采访活动的一站。",
    },
    "samarkand": {
        "en": (
            "A historic Silk Road city in Uzbekistan and a stop of the media interview "
            "tour."
        ),
        "fr": (
            "Ville historique de la Route de la Soie, en Ouzbékistan, et étape de "
            "la tournée d'entretiens médiatiques."
        ),
        "ru": (
            "Исторический город Шёлкового пути в Узбекистане и одна из остановок "
            "медиатура."
        ),
        "kk": (
            "Өзбекстандағы Жібек жолының тарихи қаласы, медиа-сұхбат турының "
            "аялдамаларының бірі."
        ),
        "zh-hans": "乌兹别克斯坦的丝绸之路历史名城，媒体采访活动的一站。",
    },
}

# Keyed by the partnership's two cities, in the order the facts give them.
PARTNERSHIP_DESCRIPTIONS = {
    ("lianyungang", "aktau"): {
        "en": (
            "Lianyungang and Aktau became sister cities in 2023, linking a Chinese "
            "port city with a Kazakh city on the Caspian coast."
        ),
        "fr": (
            "Lianyungang et Aktau sont devenues villes jumelles en 2023, reliant une "
            "ville portuaire chinoise à une ville kazakhe de la côte caspienne."
        ),
        "ru": (
            "Ляньюньган и Актау стали городами-побратимами в 2023 году, связав "
            "китайский портовый город с казахстанским городом на побережье Каспия."
        ),
        "kk": (
            "Ляньюньган мен Ақтау 2023 жылы бауырлас қалалар атанып, қытайлық порт "
            "қаласын Каспий жағалауындағы қазақстандық қаламен байланыстырды."
        ),
        "zh-hans": (
            "连云港与阿克套于2023年结为友好城市，"
            "将中国港口城市与哈萨克斯坦里海沿岸城市联系在一起。"
        ),
    },
    ("lianyungang", "astana"): {
        "en": (
            "In May 2014 China and Kazakhstan established the China-Kazakhstan "
            "(Lianyungang) Logistics Cooperation Base, described as the first "
            "concrete project launched under the Belt and Road Initiative. "
            "Cooperation has since extended to education, culture and health."
        ),
        "fr": (
            "En mai 2014, la Chine et le Kazakhstan ont créé la base de coopération "
            "logistique Chine-Kazakhstan (Lianyungang), présentée comme le premier "
            "projet concret lancé dans le cadre de l'initiative « la Ceinture et la "
            "Route ». La coopération s'est depuis étendue à l'éducation, à la "
            "culture et à la santé."
        ),
        "ru": (
            "В мае 2014 года Китай и Казахстан создали китайско-казахстанскую "
            "(Ляньюньганскую) базу логистического сотрудничества, которую называют "
            "первым конкретным проектом инициативы «Пояс и путь». С тех пор "
            "сотрудничество распространилось на образование, культуру и "
            "здравоохранение."
        ),
        "kk": (
            "2014 жылғы мамырда Қытай мен Қазақстан Қытай-Қазақстан (Ляньюньган) "
            "логистикалық ынтымақтастық базасын құрды. Ол «Белдеу және жол» "
            "бастамасы аясындағы алғашқы нақты жоба ретінде сипатталады. Содан бері "
            "ынтымақтастық білім беру, мәдениет және денсаулық сақтау салаларына "
            "кеңейді."
        ),
        "zh-hans": (
            "2014年5月，中哈两国建立了中哈（连云港）物流合作基地，该基地被称为"
            "“一带一路”倡议下启动的首个实体项目。此后，双方合作已拓展至教育、文化"
            "和卫生领域。"
        ),
    },
}

# Keyed by the stop's city; the order of the stops comes from the facts.
STOP_SUMMARIES = {
    "almaty": {
        "en": (
            "Journalists and editors from Lianyungang's mainstream media visit "
            "Almaty on their interview tour."
        ),
        "fr": (
            "Des journalistes et rédacteurs des principaux médias de Lianyungang se "
            "rendent à Alma-Ata dans le cadre de leur tournée d'entretiens."
        ),
        "ru": (
            "Журналисты и редакторы ведущих СМИ Ляньюньгана приезжают в Алматы в "
            "рамках медиатура."
        ),
        "kk": (
            "Ляньюньганның жетекші БАҚ журналистері мен редакторлары сұхбат "
            "турымен Алматыға келеді."
        ),
        "zh-hans": "连云港主流媒体的记者和编辑在采访行程中来到阿拉木图。",
    },
    "aktau": {
        "en": (
            "The tour reaches Aktau on the Caspian coast, Lianyungang's sister city "
            "since 2023."
        ),
        "fr": (
            "La tournée rejoint Aktau, sur la côte caspienne, ville jumelle de "
            "Lianyungang depuis 2023."
        ),
        "ru": (
            "Медиатур прибывает в Актау на побережье Каспия — город-побратим "
            "Ляньюньгана с 2023 года."
        ),
        "kk": (
            "Тур Каспий жағалауындағы Ақтауға жетеді; Ақтау 2023 жылдан бері "
            "Ляньюньганның бауырлас қаласы."
        ),
        "zh-hans": "采访团抵达里海沿岸城市阿克套，该市自2023年起与连云港结为友好城市。",
    },
    "tashkent": {
        "en": "The tour continues to Tashkent, the capital of Uzbekistan.",
        "fr": "La tournée se poursuit à Tachkent, capitale de l'Ouzbékistan.",
        "ru": "Медиатур продолжается в Ташкенте, столице Узбекистана.",
        "kk": "Тур Өзбекстанның астанасы Ташкентте жалғасады.",
        "zh-hans": "采访团继续前往乌兹别克斯坦首都塔什干。",
    },
    "samarkand": {
        "en": "The tour visits Samarkand, a historic city of the Silk Road.",
        "fr": (
            "La tournée fait étape à Samarcande, ville historique de la Route de la "
            "Soie."
        ),
        "ru": "Медиатур посещает Самарканд — исторический город Шёлкового пути.",
        "kk": "Тур Жібек жолының тарихи қаласы Самарқандқа барады.",
        "zh-hans": "采访团走访丝绸之路历史名城撒马尔罕。",
    },
}

# Keyed by the headline, which stays in the language it was published in.
PRESS_SUMMARIES = {
    "Lancement du programme d'échange culturel Chine-Kazakhstan au Kazakhstan": {
        "en": (
            "A French-language news article from Beijing on the launch of the "
            "China-Kazakhstan Cultural Exchange Program in Kazakhstan."
        ),
        "fr": (
            "Article d'actualité en français, daté de Pékin, sur le lancement au "
            "Kazakhstan du programme d'échange culturel Chine-Kazakhstan."
        ),
        "ru": (
            "Новостная статья на французском языке из Пекина о старте программы "
            "культурного обмена Китай-Казахстан в Казахстане."
        ),
        "kk": (
            "Қытай-Қазақстан мәдени алмасу бағдарламасының Қазақстанда басталуы "
            "туралы Бейжіңнен берілген француз тіліндегі жаңалық мақаласы."
        ),
        "zh-hans": (
            "一篇发自北京的法语新闻报道，"
            "介绍中国-哈萨克斯坦文化交流项目在哈萨克斯坦启动。"
        ),
    },
}
