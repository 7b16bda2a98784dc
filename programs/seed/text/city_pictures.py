"""Alt text and captions of the demo pictures of the seed cities, in every
language; ``picture_text`` (in picture_text.py) looks them up.

Each text describes what its drawing (programs/seed/drawings/)
actually shows and says it is an illustration drawn for the demo.
"""

CITY_PICTURE_TEXT = {
    "city-astana": {
        "alt_text": {
            "en": (
                "Illustration drawn for the Caravan demo: Astana at dusk, the white "
                "Bayterek tower holding its golden sphere between the tent-shaped Khan "
                "Shatyr and the Pyramid, over the steppe horizon, above a band of "
                "Kazakh ram's-horn ornament."
            ),
            "fr": (
                "Illustration dessinée pour la démonstration de Caravan : Astana au "
                "crépuscule, la tour blanche Baïterek et sa sphère dorée entre le Khan "
                "Shatyr en forme de tente et la Pyramide, sur l'horizon de la steppe, "
                "au-dessus d'une frise kazakhe en cornes de bélier."
            ),
            "ru": (
                "Иллюстрация, нарисованная для демонстрации Caravan: Астана в сумерках "
                "— белая башня Байтерек с золотым шаром между шатром Хан Шатыра и "
                "Пирамидой на фоне степного горизонта, внизу полоса казахского "
                "орнамента «бараньи рога»."
            ),
            "kk": (
                "Caravan демонстрациясы үшін салынған иллюстрация: ымырт кезіндегі "
                "Астана — шатыр пішінді Хан Шатыр мен Пирамида арасында алтын шарын "
                "ұстаған ақ Бәйтерек, артында дала көкжиегі, төменде қошқар мүйіз "
                "ою-өрнегінің жолағы."
            ),
            "zh-hans": (
                "为 Caravan 演示绘制的插图：暮色中的阿斯塔纳，托举金色球体的白色巴伊杰"
                "列克塔矗立在帐篷形的汗沙特尔娱乐中心和金字塔之间，背后是草原地平线，下"
                "方是一条哈萨克公羊角纹饰带。"
            ),
        },
        "caption": {
            "en": (
                "Astana: Bayterek between the Khan Shatyr and the Pyramid at dusk. "
                "Illustration drawn for the Caravan demo."
            ),
            "fr": (
                "Astana : le Baïterek entre le Khan Shatyr et la Pyramide au "
                "crépuscule. Illustration dessinée pour la démonstration de Caravan."
            ),
            "ru": (
                "Астана: Байтерек между Хан Шатыром и Пирамидой в сумерках. "
                "Иллюстрация, нарисованная для демонстрации Caravan."
            ),
            "kk": (
                "Астана: ымыртта Хан Шатыр мен Пирамида арасындағы Бәйтерек. Caravan "
                "демонстрациясы үшін салынған иллюстрация."
            ),
            "zh-hans": (
                "阿斯塔纳：暮色中位于汗沙特尔和金字塔之间的巴伊杰列克塔。为 Caravan 演"
                "示绘制的插图。"
            ),
        },
    },
    "city-almaty": {
        "alt_text": {
            "en": (
                "Illustration drawn for the Caravan demo: Almaty's TV tower on "
                "Kok-Tobe hill before the snow-capped peaks of the Trans-Ili Alatau, "
                "the city and apple trees at its foot, above a band of Kazakh "
                "ram's-horn ornament."
            ),
            "fr": (
                "Illustration dessinée pour la démonstration de Caravan : la tour de "
                "télévision d'Almaty sur la colline de Kok-Tobe devant les sommets "
                "enneigés de l'Alataou transilien, la ville et des pommiers à ses "
                "pieds, au-dessus d'une frise en cornes de bélier."
            ),
            "ru": (
                "Иллюстрация, нарисованная для демонстрации Caravan: телебашня Алматы "
                "на холме Кок-Тобе перед снежными вершинами Заилийского Алатау, у её "
                "подножия город и яблони, внизу полоса казахского орнамента «бараньи "
                "рога»."
            ),
            "kk": (
                "Caravan демонстрациясы үшін салынған иллюстрация: Іле Алатауының "
                "қарлы шыңдары алдындағы Көктөбе төбесінде тұрған Алматы телемұнарасы, "
                "етегінде қала мен алма ағаштары, төменде қошқар мүйіз ою-өрнегінің "
                "жолағы."
            ),
            "zh-hans": (
                "为 Caravan 演示绘制的插图：阿拉木图电视塔矗立在科克托别山上，背后是外"
                "伊犁阿拉套山的雪峰，山脚下是城市和苹果树，下方是一条哈萨克公羊角纹饰带"
                "。"
            ),
        },
        "caption": {
            "en": (
                "Almaty: the TV tower on Kok-Tobe under the Trans-Ili Alatau. "
                "Illustration drawn for the Caravan demo."
            ),
            "fr": (
                "Almaty : la tour de télévision de Kok-Tobe sous l'Alataou transilien. "
                "Illustration dessinée pour la démonstration de Caravan."
            ),
            "ru": (
                "Алматы: телебашня на Кок-Тобе под Заилийским Алатау. Иллюстрация, "
                "нарисованная для демонстрации Caravan."
            ),
            "kk": (
                "Алматы: Іле Алатауы етегіндегі Көктөбе телемұнарасы. Caravan "
                "демонстрациясы үшін салынған иллюстрация."
            ),
            "zh-hans": (
                "阿拉木图：外伊犁阿拉套山下科克托别山上的电视塔。为 Caravan 演示绘制的"
                "插图。"
            ),
        },
    },
    "city-aktau": {
        "alt_text": {
            "en": (
                "Illustration drawn for the Caravan demo: the sun sets over the "
                "Caspian Sea beside Aktau's limestone cliffs, where a lighthouse on "
                "the roof of a block of flats casts its beam over the water."
            ),
            "fr": (
                "Illustration dessinée pour la démonstration de Caravan : le soleil se "
                "couche sur la mer Caspienne près des falaises calcaires d'Aktaou, où "
                "un phare posé sur le toit d'un immeuble d'habitation projette son "
                "faisceau sur l'eau."
            ),
            "ru": (
                "Иллюстрация, нарисованная для демонстрации Caravan: солнце садится "
                "над Каспийским морем у известняковых обрывов Актау, где маяк на крыше "
                "жилого дома бросает луч на воду."
            ),
            "kk": (
                "Caravan демонстрациясы үшін салынған иллюстрация: Ақтаудың әктас "
                "жартастары жанында Каспий теңізіне күн батып барады, тұрғын үйдің "
                "төбесіндегі шамшырақ суға сәулесін түсіреді."
            ),
            "zh-hans": (
                "为 Caravan 演示绘制的插图：夕阳落向阿克套石灰岩悬崖旁的里海，一座居民"
                "楼楼顶的灯塔将光束投向海面。"
            ),
        },
        "caption": {
            "en": (
                "Aktau: the lighthouse on a block of flats above the Caspian at "
                "sunset. Illustration drawn for the Caravan demo."
            ),
            "fr": (
                "Aktaou : le phare sur un immeuble au-dessus de la Caspienne, au "
                "coucher du soleil. Illustration dessinée pour la démonstration de "
                "Caravan."
            ),
            "ru": (
                "Актау: маяк на жилом доме над Каспием на закате. Иллюстрация, "
                "нарисованная для демонстрации Caravan."
            ),
            "kk": (
                "Ақтау: күн батқанда Каспий үстіндегі тұрғын үй төбесіндегі шамшырақ. "
                "Caravan демонстрациясы үшін салынған иллюстрация."
            ),
            "zh-hans": (
                "阿克套：日落时分里海边居民楼顶上的灯塔。为 Caravan 演示绘制的插图。"
            ),
        },
    },
    "city-tashkent": {
        "alt_text": {
            "en": (
                "Illustration drawn for the Caravan demo: Tashkent's TV tower on its "
                "three splayed legs rises over plane trees and a domed mosque; in "
                "front stands a madrasa with a tiled portal and turquoise ribbed "
                "domes, above a band of tile rosettes."
            ),
            "fr": (
                "Illustration dessinée pour la démonstration de Caravan : la tour de "
                "télévision de Tachkent sur ses trois pieds écartés domine des "
                "platanes et une mosquée à coupole ; devant, une médersa au portail de "
                "faïence et aux coupoles côtelées turquoise."
            ),
            "ru": (
                "Иллюстрация, нарисованная для демонстрации Caravan: телебашня "
                "Ташкента на трёх расставленных опорах над платанами и мечетью с "
                "куполом; впереди медресе с изразцовым порталом и бирюзовыми "
                "ребристыми куполами, внизу полоса изразцовых розеток."
            ),
            "kk": (
                "Caravan демонстрациясы үшін салынған иллюстрация: үш тірегін кере "
                "басқан Ташкент телемұнарасы шынар ағаштары мен күмбезді мешіттің "
                "үстінде тұр; алдында кафельмен қапталған порталы мен көгілдір қырлы "
                "күмбездері бар медресе."
            ),
            "zh-hans": (
                "为 Caravan 演示绘制的插图：三足撑开的塔什干电视塔高耸于悬铃木和一座圆"
                "顶清真寺之上；前方是一座经学院，有彩砖门楼和绿松石色的棱纹穹顶，下方是"
                "一条花砖圆花饰带。"
            ),
        },
        "caption": {
            "en": (
                "Tashkent: the TV tower above plane trees and madrasa domes. "
                "Illustration drawn for the Caravan demo."
            ),
            "fr": (
                "Tachkent : la tour de télévision au-dessus des platanes et des "
                "coupoles d'une médersa. Illustration dessinée pour la "
                "démonstration de Caravan."
            ),
            "ru": (
                "Ташкент: телебашня над платанами и куполами медресе. Иллюстрация, "
                "нарисованная для демонстрации Caravan."
            ),
            "kk": (
                "Ташкент: шынарлар мен медресе күмбездерінің үстіндегі телемұнара. "
                "Caravan демонстрациясы үшін салынған иллюстрация."
            ),
            "zh-hans": (
                "塔什干：悬铃木和经学院穹顶之上的电视塔。为 Caravan 演示绘制的插图。"
            ),
        },
    },
    "city-samarkand": {
        "alt_text": {
            "en": (
                "Illustration drawn for the Caravan demo: the Registan in Samarkand at "
                "dusk, three madrasas with tall pointed-arch portals, turquoise ribbed "
                "domes and minarets around a paved square under a crescent moon, above "
                "a band of star-and-cross tiles."
            ),
            "fr": (
                "Illustration dessinée pour la démonstration de Caravan : le Régistan "
                "de Samarcande au crépuscule, trois médersas aux hauts portails en arc "
                "brisé, coupoles côtelées turquoise et minarets autour d'une place "
                "pavée, sous un croissant de lune."
            ),
            "ru": (
                "Иллюстрация, нарисованная для демонстрации Caravan: Регистан в "
                "Самарканде в сумерках — три медресе с высокими стрельчатыми "
                "порталами, бирюзовыми ребристыми куполами и минаретами вокруг мощёной "
                "площади под молодым месяцем."
            ),
            "kk": (
                "Caravan демонстрациясы үшін салынған иллюстрация: ымырт кезіндегі "
                "Самарқандтың Регистаны — орақ ай астындағы тас төселген алаңды "
                "қоршаған, үшкір аркалы биік порталдары, көгілдір қырлы күмбездері мен "
                "мұнаралары бар үш медресе."
            ),
            "zh-hans": (
                "为 Caravan 演示绘制的插图：暮色中的撒马尔罕雷吉斯坦广场，三座经学院环"
                "绕着石板铺就的广场，有高大的尖拱门楼、绿松石色的棱纹穹顶和宣礼塔，天上"
                "一弯新月，下方是一条星形与十字形花砖饰带。"
            ),
        },
        "caption": {
            "en": (
                "Samarkand: the three madrasas of the Registan at dusk. Illustration "
                "drawn for the Caravan demo."
            ),
            "fr": (
                "Samarcande : les trois médersas du Régistan au crépuscule. "
                "Illustration dessinée pour la démonstration de Caravan."
            ),
            "ru": (
                "Самарканд: три медресе Регистана в сумерках. Иллюстрация, "
                "нарисованная для демонстрации Caravan."
            ),
            "kk": (
                "Самарқанд: ымырттағы Регистанның үш медресесі. Caravan демонстрациясы "
                "үшін салынған иллюстрация."
            ),
            "zh-hans": (
                "撒马尔罕：暮色中雷吉斯坦广场的三座经学院。为 Caravan 演示绘制的插图。"
            ),
        },
    },
    "city-lianyungang": {
        "alt_text": {
            "en": (
                "Illustration drawn for the Caravan demo: red container cranes over a "
                "ship in Lianyungang's port, a fishing junk under sail, and the green "
                "peaks of Huaguo mountain with a pavilion on top among clouds, above a "
                "band of cloud scrolls."
            ),
            "fr": (
                "Illustration dessinée pour la démonstration de Caravan : des grues à "
                "conteneurs rouges au-dessus d'un navire dans le port de Lianyungang, "
                "une jonque de pêche à la voile et les pics verts du mont Huaguo, "
                "coiffés d'un pavillon, parmi les nuages."
            ),
            "ru": (
                "Иллюстрация, нарисованная для демонстрации Caravan: красные "
                "контейнерные краны над судном в порту Ляньюньгана, рыбацкая джонка "
                "под парусом и зелёные вершины горы Хуагошань с павильоном среди "
                "облаков."
            ),
            "kk": (
                "Caravan демонстрациясы үшін салынған иллюстрация: Ляньюньган "
                "портындағы кеме үстіндегі қызыл контейнер крандары, желкенді балықшы "
                "қайығы және бұлттар арасындағы, басында павильоны бар Хуагошань "
                "тауының жасыл шыңдары."
            ),
            "zh-hans": (
                "为 Caravan 演示绘制的插图：连云港港口里，红色集装箱岸桥正对着一艘货轮"
                "，一艘渔船扬帆而过，祥云间是顶上建有楼阁的花果山青翠山峰，下方是一条祥"
                "云纹饰带。"
            ),
        },
        "caption": {
            "en": (
                "Lianyungang: the container port beneath Huaguo mountain. Illustration "
                "drawn for the Caravan demo."
            ),
            "fr": (
                "Lianyungang : le port à conteneurs au pied du mont Huaguo. "
                "Illustration dessinée pour la démonstration de Caravan."
            ),
            "ru": (
                "Ляньюньган: контейнерный порт у подножия горы Хуагошань. Иллюстрация, "
                "нарисованная для демонстрации Caravan."
            ),
            "kk": (
                "Ляньюньган: Хуагошань тауының етегіндегі контейнер порты. Caravan "
                "демонстрациясы үшін салынған иллюстрация."
            ),
            "zh-hans": "连云港：花果山下的集装箱港口。为 Caravan 演示绘制的插图。",
        },
    },
    "city-beijing": {
        "alt_text": {
            "en": (
                "Illustration drawn for the Caravan demo: the Temple of Heaven in "
                "Beijing, a round hall under three blue roofs on white marble "
                "terraces, with palace halls and old cypresses behind, stylised clouds "
                "in the sky and a key-fret band below."
            ),
            "fr": (
                "Illustration dessinée pour la démonstration de Caravan : le temple du "
                "Ciel à Pékin, une salle ronde sous trois toits bleus sur des "
                "terrasses de marbre blanc, des palais et de vieux cyprès derrière, "
                "des nuages stylisés et une frise de grecques."
            ),
            "ru": (
                "Иллюстрация, нарисованная для демонстрации Caravan: Храм Неба в "
                "Пекине — круглый зал под тремя синими крышами на террасах из белого "
                "мрамора, за ним дворцовые павильоны и старые кипарисы, в небе "
                "стилизованные облака, внизу полоса меандра."
            ),
            "kk": (
                "Caravan демонстрациясы үшін салынған иллюстрация: Бейжіңдегі Аспан "
                "ғибадатханасы — ақ мәрмәр террасалардағы үш көк шатырлы дөңгелек зал, "
                "артында сарай ғимараттары мен көне кипаристер, аспанда өрнекті "
                "бұлттар, төменде меандр жолағы."
            ),
            "zh-hans": (
                "为 Caravan 演示绘制的插图：北京天坛，三重蓝色屋檐下的圆形大殿坐落在汉"
                "白玉台基上，后方是宫殿和古柏，天上飘着祥云，下方是一条回纹饰带。"
            ),
        },
        "caption": {
            "en": (
                "Beijing: the Hall of Prayer for Good Harvests at the Temple of "
                "Heaven. Illustration drawn for the Caravan demo."
            ),
            "fr": (
                "Pékin : la salle de prière pour les bonnes moissons, au temple du "
                "Ciel. Illustration dessinée pour la démonstration de Caravan."
            ),
            "ru": (
                "Пекин: Зал молитвы о добром урожае в Храме Неба. Иллюстрация, "
                "нарисованная для демонстрации Caravan."
            ),
            "kk": (
                "Бейжің: Аспан ғибадатханасындағы Мол өнім үшін дұға ету залы. Caravan "
                "демонстрациясы үшін салынған иллюстрация."
            ),
            "zh-hans": "北京：天坛祈年殿。为 Caravan 演示绘制的插图。",
        },
    },
}
