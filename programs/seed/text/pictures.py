"""Alt text and captions of the demo pictures, in every language.

Each text describes what its drawing (programs/seed/drawings/)
actually shows and says that it is an illustration drawn for the demo, not a
photograph: the program heroes here, the cities in city_picture_text.py, and
the ornament pattern any other key gets. Change the text when the drawing
changes.
"""

from .city_pictures import CITY_PICTURE_TEXT

PROGRAM_PICTURE_TEXT = {
    "program-hero": {
        "alt_text": {
            "en": (
                "Illustration drawn for the Caravan demo: at dawn a gold route arcs "
                "over the tour's stops, from Lianyungang's port cranes past Astana's "
                "Bayterek, Almaty's TV tower, the Aktau lighthouse and Tashkent's TV "
                "tower to a Samarkand madrasa, as camels cross the steppe."
            ),
            "fr": (
                "Illustration dessinée pour la démonstration de Caravan : à l'aube, "
                "une route dorée relie les étapes, des grues du port de Lianyungang au "
                "Baïterek d'Astana, aux tours de télévision d'Almaty et de Tachkent, "
                "au phare d'Aktaou et à une médersa de Samarcande ; des chameaux "
                "traversent la steppe."
            ),
            "ru": (
                "Иллюстрация, нарисованная для демонстрации Caravan: на рассвете "
                "золотой маршрут связывает остановки тура — краны порта Ляньюньгана, "
                "Байтерек в Астане, телебашни Алматы и Ташкента, маяк Актау и медресе "
                "Самарканда; по степи идёт караван верблюдов."
            ),
            "kk": (
                "Caravan демонстрациясы үшін салынған иллюстрация: таң атқанда алтын "
                "бағыт тур аялдамаларын жалғайды — Ляньюньган портының крандары, "
                "Астанадағы Бәйтерек, Алматы мен Ташкенттің телемұнаралары, Ақтаудың "
                "шамшырағы және Самарқандтың медресесі; даламен түйе керуені келе "
                "жатыр."
            ),
            "zh-hans": (
                "为 Caravan 演示绘制的插图：黎明时分，一条金色路线串起行程的各站——连云"
                "港港口的岸桥、阿斯塔纳的巴伊杰列克塔、阿拉木图和塔什干的电视塔、阿克套"
                "的灯塔和撒马尔罕的经学院；一支骆驼商队正穿过草原。"
            ),
        },
        "caption": {
            "en": (
                "From Lianyungang to Samarkand: the stops of the tour on one route. "
                "Illustration drawn for the Caravan demo."
            ),
            "fr": (
                "De Lianyungang à Samarcande : les étapes de la tournée sur une même "
                "route. Illustration dessinée pour la démonstration de Caravan."
            ),
            "ru": (
                "От Ляньюньгана до Самарканда: остановки тура на одном маршруте. "
                "Иллюстрация, нарисованная для демонстрации Caravan."
            ),
            "kk": (
                "Ляньюньганнан Самарқандқа дейін: тур аялдамалары бір бағытта. Caravan "
                "демонстрациясы үшін салынған иллюстрация."
            ),
            "zh-hans": (
                "从连云港到撒马尔罕：一条路线上的各站。为 Caravan 演示绘制的插图。"
            ),
        },
    },
    "program-music-camp": {
        "alt_text": {
            "en": (
                "Illustration drawn for the Caravan demo: a dombyra lies on the steppe "
                "by the Caspian Sea at night, gold notes rising from its strings to "
                "the stars; beyond it yurts glow around a campfire and the moon lays a "
                "path of light on the water."
            ),
            "fr": (
                "Illustration dessinée pour la démonstration de Caravan : une dombra "
                "posée dans la steppe au bord de la Caspienne, la nuit ; des notes "
                "dorées montent de ses cordes vers les étoiles, des yourtes brillent "
                "autour d'un feu et la lune trace un chemin sur l'eau."
            ),
            "ru": (
                "Иллюстрация, нарисованная для демонстрации Caravan: ночью в степи у "
                "Каспийского моря лежит домбра, от её струн к звёздам поднимаются "
                "золотые ноты; за ней светятся юрты вокруг костра, а луна прокладывает "
                "дорожку на воде."
            ),
            "kk": (
                "Caravan демонстрациясы үшін салынған иллюстрация: түнде Каспий теңізі "
                "жағасындағы далада домбыра жатыр, оның шектерінен жұлдыздарға қарай "
                "алтын ноталар көтеріледі; арғы жақта алау маңындағы киіз үйлер "
                "жарқырап, ай су бетіне жарық жол түсіреді."
            ),
            "zh-hans": (
                "为 Caravan 演示绘制的插图：夜晚的里海之滨草原上放着一把冬不拉，金色的"
                "音符从琴弦升向星空；远处篝火旁的毡房透出灯光，月亮在海面上铺出一条光路"
                "。"
            ),
        },
        "caption": {
            "en": (
                "Night at a music camp between the steppe and the Caspian Sea. "
                "Illustration drawn for the Caravan demo."
            ),
            "fr": (
                "La nuit dans un camp musical entre la steppe et la mer Caspienne. "
                "Illustration dessinée pour la démonstration de Caravan."
            ),
            "ru": (
                "Ночь в музыкальном лагере между степью и Каспийским морем. "
                "Иллюстрация, нарисованная для демонстрации Caravan."
            ),
            "kk": (
                "Дала мен Каспий теңізі арасындағы музыкалық лагерьдегі түн. Caravan "
                "демонстрациясы үшін салынған иллюстрация."
            ),
            "zh-hans": "草原与里海之间音乐营的夜晚。为 Caravan 演示绘制的插图。",
        },
    },
}

# Any other key gets the ornament pattern, described here.
PATTERN_TEXT = {
    "alt_text": {
        "en": (
            "Illustration drawn for the Caravan demo: a pattern of eight-pointed stars "
            "and crosses around a medallion of ram's-horn scrolls."
        ),
        "fr": (
            "Illustration dessinée pour la démonstration de Caravan : un motif "
            "d'étoiles à huit branches et de croix autour d'un médaillon de volutes en "
            "cornes de bélier."
        ),
        "ru": (
            "Иллюстрация, нарисованная для демонстрации Caravan: узор из "
            "восьмиконечных звёзд и крестов вокруг медальона с завитками «бараньи "
            "рога»."
        ),
        "kk": (
            "Caravan демонстрациясы үшін салынған иллюстрация: қошқар мүйіз өрнекті "
            "медальонды айнала қоршаған сегіз бұрышты жұлдыздар мен айқыштар өрнегі."
        ),
        "zh-hans": (
            "为 Caravan 演示绘制的插图：八角星与十字形组成的图案，环绕着一枚公羊角卷纹"
            "圆章。"
        ),
    },
    "caption": {
        "en": "Ornament pattern. Illustration drawn for the Caravan demo.",
        "fr": (
            "Motif ornemental. Illustration dessinée pour la démonstration de Caravan."
        ),
        "ru": "Орнамент. Иллюстрация, нарисованная для демонстрации Caravan.",
        "kk": "Ою-өрнек. Caravan демонстрациясы үшін салынған иллюстрация.",
        "zh-hans": "装饰图案。为 Caravan 演示绘制的插图。",
    },
}


def picture_text(key: str) -> dict[str, dict[str, str]]:
    """The alt text and caption of picture ``key``, by field and language."""
    return {**PROGRAM_PICTURE_TEXT, **CITY_PICTURE_TEXT}.get(key, PATTERN_TEXT)
