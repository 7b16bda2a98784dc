"""Django's own msgids that our catalogues translate differently.

Kazakh writes month names in lower case in running text ("2024 жылғы тамыз"),
but Django's Kazakh catalogue capitalises them ("Тамыз"), and our Kazakh date
formats (``exchange_site/formats/kk``) print them through "F" and "E". Russian
is the same ("август 2024 г.", not "Август"). Our catalogue comes first in
``LOCALE_PATHS``, so translating the same msgids there wins over Django's.
``makemessages`` drops every entry it does not find in our source, so the
msgids are marked here; nothing needs to import this module.
"""

from django.utils.translation import gettext_lazy, pgettext_lazy

# Format character "F": the month on its own, as in "2024 жылғы тамыз".
MONTHS = (
    gettext_lazy("January"),
    gettext_lazy("February"),
    gettext_lazy("March"),
    gettext_lazy("April"),
    gettext_lazy("May"),
    gettext_lazy("June"),
    gettext_lazy("July"),
    gettext_lazy("August"),
    gettext_lazy("September"),
    gettext_lazy("October"),
    gettext_lazy("November"),
    gettext_lazy("December"),
)

# Format character "E": the month after a day, as in "2024 жылғы 30 тамыз".
MONTHS_ALT = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
