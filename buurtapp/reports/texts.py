"""The words printed on the documents, marked for translation (templates cannot be scanned)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from buurtapp.qt_text import QT_TRANSLATE_NOOP

_TEXTS = {
    "week_programme": QT_TRANSLATE_NOOP("Reports", "Week programme"),
    "week": QT_TRANSLATE_NOOP("Reports", "Week"),
    "only_place": QT_TRANSLATE_NOOP("Reports", "Only at"),
    "no_sessions": QT_TRANSLATE_NOOP("Reports", "No sessions"),
    "cancelled": QT_TRANSLATE_NOOP("Reports", "CANCELLED"),
    "time": QT_TRANSLATE_NOOP("Reports", "Time"),
    "activity": QT_TRANSLATE_NOOP("Reports", "Activity"),
    "place": QT_TRANSLATE_NOOP("Reports", "Place"),
    "signin": QT_TRANSLATE_NOOP("Reports", "Sign-in sheet"),
    "date": QT_TRANSLATE_NOOP("Reports", "Date"),
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "present": QT_TRANSLATE_NOOP("Reports", "Present / signature"),
    "signin_privacy": QT_TRANSLATE_NOOP(
        "Reports",
        "This list is only used to count who came and to keep in touch with the "
        "group. It is kept by the coordinator and not shared with others.",
    ),
    "session_cancelled": QT_TRANSLATE_NOOP("Reports", "This session is cancelled."),
    "participants": QT_TRANSLATE_NOOP("Reports", "Participant list"),
    "phone": QT_TRANSLATE_NOOP("Reports", "Phone"),
    "email": QT_TRANSLATE_NOOP("Reports", "E-mail"),
    "no_consent": QT_TRANSLATE_NOOP("Reports", "no consent to share contact details"),
    "participants_privacy": QT_TRANSLATE_NOOP(
        "Reports",
        "Contact details are shown only for people who agreed to be contacted. "
        "Keep this list safe and destroy it when it is no longer needed.",
    ),
    "nobody": QT_TRANSLATE_NOOP("Reports", "Nobody yet."),
    "overview": QT_TRANSLATE_NOOP("Reports", "Initiative overview"),
    "period": QT_TRANSLATE_NOOP("Reports", "Period"),
    "story": QT_TRANSLATE_NOOP("Reports", "Why it matters"),
    "ownership": QT_TRANSLATE_NOOP("Reports", "Ownership"),
    "owners": QT_TRANSLATE_NOOP("Reports", "Owned by"),
    "shared": QT_TRANSLATE_NOOP(
        "Reports", "Shared ownership: residents together with municipality or civil society."
    ),
    "not_shared": QT_TRANSLATE_NOOP("Reports", "Not (yet) shared ownership."),
    "role": QT_TRANSLATE_NOOP("Reports", "Role"),
    "holder": QT_TRANSLATE_NOOP("Reports", "Held by"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind"),
    "community_worker": QT_TRANSLATE_NOOP("Reports", "Community worker"),
    "no_community_worker": QT_TRANSLATE_NOOP("Reports", "No community worker involved."),
    "places": QT_TRANSLATE_NOOP("Reports", "Meeting places"),
    "funding": QT_TRANSLATE_NOOP("Reports", "Funding"),
    "funder": QT_TRANSLATE_NOOP("Reports", "Funder"),
    "amount": QT_TRANSLATE_NOOP("Reports", "Amount"),
    "from_to": QT_TRANSLATE_NOOP("Reports", "From – until"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "no_funding": QT_TRANSLATE_NOOP("Reports", "No funding recorded."),
    "reach": QT_TRANSLATE_NOOP("Reports", "Sessions and people"),
    "activities": QT_TRANSLATE_NOOP("Reports", "Activities"),
    "held": QT_TRANSLATE_NOOP("Reports", "Sessions held"),
    "cancelled_n": QT_TRANSLATE_NOOP("Reports", "Sessions cancelled"),
    "distinct": QT_TRANSLATE_NOOP("Reports", "Different participants"),
    "walk_ins": QT_TRANSLATE_NOOP("Reports", "Walk-ins (counted, not named)"),
    "ages": QT_TRANSLATE_NOOP("Reports", "Age groups"),
    "intergenerational": QT_TRANSLATE_NOOP("Reports", "Sessions where young and old met"),
    "pairs": QT_TRANSLATE_NOOP("Reports", "Contacts between residents"),
    "bridging": QT_TRANSLATE_NOOP("Reports", "of which bridging (other neighbourhood or circle)"),
    "unknown": QT_TRANSLATE_NOOP("Reports", "unknown"),
    "small_gems": QT_TRANSLATE_NOOP("Reports", "Small gems"),
    "small_gems_intro": QT_TRANSLATE_NOOP(
        "Reports",
        "Small initiatives run by residents, most regular first: they matter "
        "because they last, not because they are big.",
    ),
    "no_gems": QT_TRANSLATE_NOOP("Reports", "No small initiatives met in this period."),
    "person_title": QT_TRANSLATE_NOOP("Reports", "What we hold about you"),
    "person_intro": QT_TRANSLATE_NOOP(
        "Reports",
        "Everything this community centre's records hold about one person: the "
        "record itself, roles in initiatives, and the sessions this person came to.",
    ),
    "person_record": QT_TRANSLATE_NOOP("Reports", "Personal details"),
    "person_roles": QT_TRANSLATE_NOOP("Reports", "Roles"),
    "person_attendance": QT_TRANSLATE_NOOP("Reports", "Sessions attended"),
    "printed": QT_TRANSLATE_NOOP("Reports", "Printed on %1"),
    "page": QT_TRANSLATE_NOOP("Reports", "Page %1 of %2"),
}


def texts() -> dict[str, str]:
    """Every printed word in the current language."""
    return {key: QCoreApplication.translate("Reports", source) for key, source in _TEXTS.items()}
