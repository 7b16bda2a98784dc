"""The demo delegation's logistics: invented from end to end.

The facts say nothing of how anyone travelled, so every passport, flight,
train, hotel and room here is fictional. The days follow the demo dates of
the interview events (``demo.py``): each stop's stay surrounds its interview.
Passport numbers start with DEMO, flight numbers with DEM and train numbers
with DT, so none can be mistaken for a real one; hotels are called "Demo
Hotel".
"""

# Before the tour: after this moment, changes wait for an organiser.
TRAVEL_DETAILS_DEADLINE = {"at": "2024-07-20T18:00", "timezone": "Asia/Almaty"}

# The delegation's route, stop by stop (keyed by the stop's city): how it
# arrives and how it leaves. Each leg: (date, local time, mode, number, from,
# to). A departure and the next arrival are the same journey.
STAYS = {
    "almaty": {
        "arrival": ("2024-08-04", "11:20", "flight", "DEM 1101", "Astana", "Almaty"),
        "departure": ("2024-08-07", "09:05", "flight", "DEM 1207", "Almaty", "Aktau"),
    },
    "aktau": {
        "arrival": ("2024-08-07", "10:40", "flight", "DEM 1207", "Almaty", "Aktau"),
        "departure": (
            "2024-08-10",
            "14:00",
            "flight",
            "DEM 1315",
            "Aktau",
            "Tashkent",
        ),
    },
    "tashkent": {
        "arrival": ("2024-08-10", "17:45", "flight", "DEM 1315", "Aktau", "Tashkent"),
        "departure": (
            "2024-08-14",
            "08:00",
            "train",
            "DT 762",
            "Tashkent",
            "Samarkand",
        ),
    },
    "samarkand": {
        "arrival": ("2024-08-14", "10:10", "train", "DT 762", "Tashkent", "Samarkand"),
        "departure": (
            "2024-08-16",
            "07:30",
            "train",
            "DT 763",
            "Samarkand",
            "Tashkent",
        ),
    },
}

HOTELS = {
    "almaty": "Demo Hotel Almaty Mountain View",
    "aktau": "Demo Hotel Aktau Seaside",
    "tashkent": "Demo Hotel Tashkent Garden",
    "samarkand": "Demo Hotel Samarkand Old Town",
}
# The same three rooms in every demo hotel: (label, beds).
ROOMS = (("101", 2), ("102", 2), ("103", 1))

# The confirmed demo participants' travel, keyed by given name (see
# ``demo.PARTICIPANTS``). ``stops`` lists the stops they travel to, ``room``
# the room they sleep in at each, ``visas`` whether they need a visa for
# each country of the itinerary (and when its letter was generated).
#
# Marat's passport expires less than six months after the tour, Dana's
# expiry date is missing, and Hua has no legs for Samarkand and no letter
# yet for the Uzbek visa: the warnings an organiser should see.
TRAVELLERS = {
    "Aru": {
        "passport_name": "ARU DEMO",
        "passport_number": "DEMO00001",
        "passport_expires_on": "2031-03-31",
        "dietary_requirements": "Vegetarian.",
        "languages_spoken": "Kazakh, Russian, English",
        "interpreter_from": "zh-hans",
        "interpreter_to": "kk",
        "emergency_contact_name": "Demo contact of Aru",
        "emergency_contact_phone": "+7 700 000 00 01",
        "stops": ("almaty", "aktau", "tashkent", "samarkand"),
        "room": "101",
        "visas": {"KZ": None, "UZ": None},
    },
    "Marat": {
        "passport_name": "MARAT DEMO",
        "passport_number": "DEMO00002",
        "passport_expires_on": "2024-12-20",
        "dietary_requirements": "Allergic to nuts.",
        "languages_spoken": "Russian, Kazakh",
        "emergency_contact_name": "Demo contact of Marat",
        "emergency_contact_phone": "+7 700 000 00 02",
        "stops": ("almaty", "aktau", "tashkent", "samarkand"),
        "room": "103",
        "visas": {"KZ": None, "UZ": None},
    },
    "Dana": {
        "passport_name": "DANA DEMO",
        "passport_number": "DEMO00003",
        "passport_expires_on": None,
        "accessibility_needs": "Walks with a cane: a room near the lift, please.",
        "languages_spoken": "English, Kazakh, Russian",
        "emergency_contact_name": "Demo contact of Dana",
        "emergency_contact_phone": "+7 700 000 00 03",
        "stops": ("almaty", "aktau", "tashkent", "samarkand"),
        "room": "101",
        "visas": {"KZ": None, "UZ": None},
    },
    "Wei": {
        "passport_name": "WEI DEMO",
        "passport_number": "DEMO00004",
        "passport_expires_on": "2029-09-30",
        "languages_spoken": "Chinese",
        "interpreter_from": "kk",
        "interpreter_to": "zh-hans",
        "emergency_contact_name": "Demo contact of Wei",
        "emergency_contact_phone": "+86 100 0000 0004",
        "stops": ("almaty", "aktau", "tashkent", "samarkand"),
        "room": "102",
        "visas": {"KZ": None, "UZ": "2024-07-10T10:00"},
    },
    "Hua": {
        "passport_name": "HUA DEMO",
        "passport_number": "DEMO00005",
        "passport_expires_on": "2033-06-15",
        "languages_spoken": "Chinese, French",
        "emergency_contact_name": "Demo contact of Hua",
        "emergency_contact_phone": "+86 100 0000 0005",
        "stops": ("almaty", "aktau", "tashkent"),
        "room": "102",
        "visas": {"KZ": None, "UZ": ""},
    },
}
# In ``visas``: None needs no visa, "" needs one without a letter yet, and a
# moment (in Almaty time) needs one whose letter was generated then.

# A change Aru asked for after the deadline, waiting for an organiser.
PENDING_CHANGE = {
    "traveller": "Aru",
    "field": "dietary_requirements",
    "new": "Vegetarian, and no dairy.",
}

# A fictional interpreter, not registered as a participant, assigned to the
# interview in Aktau for Kazakh and Chinese, both ways.
INTERPRETER = {
    "given_name": "Saule",
    "native_name": "Сәуле Демо",
    "category": "interpreter",
    "country": "KZ",
    "organisation": None,
    "preferred_language": "kk",
    "public_listing_consent": False,
}
INTERPRETED_EVENT_STOP = "aktau"
INTERPRETED_LANGUAGES = ("kk", "zh-hans")
