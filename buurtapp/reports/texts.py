"""The words printed on the documents, marked for the gettext catalogue (templates cannot be
scanned), so the command line and the window print the same words without Qt."""

from __future__ import annotations

from buurtapp.core.i18n import N_, translate

_TEXTS = {
    "week_programme": N_("Week programme"),
    "week": N_("Week"),
    "only_place": N_("Only at"),
    "no_sessions": N_("No sessions"),
    "cancelled": N_("CANCELLED"),
    "time": N_("Time"),
    "activity": N_("Activity"),
    "place": N_("Place"),
    "signin": N_("Sign-in sheet"),
    "date": N_("Date"),
    "name": N_("Name"),
    "present": N_("Present / signature"),
    "signin_privacy": N_(
        "This list is only used to count who came and to keep in touch with the "
        "group. It is kept by the coordinator and not shared with others.",
    ),
    "session_cancelled": N_("This session is cancelled."),
    "participants": N_("Participant list"),
    "phone": N_("Phone"),
    "email": N_("E-mail"),
    "no_consent": N_("no consent to share contact details"),
    "participants_privacy": N_(
        "Contact details are shown only for people who agreed to be contacted. "
        "Keep this list safe and destroy it when it is no longer needed.",
    ),
    "nobody": N_("Nobody yet."),
    "overview": N_("Initiative overview"),
    "period": N_("Period"),
    "story": N_("Why it matters"),
    "ownership": N_("Ownership"),
    "owners": N_("Owned by"),
    "shared": N_("Shared ownership: residents together with municipality or civil society."),
    "not_shared": N_("Not (yet) shared ownership."),
    "role": N_("Role"),
    "holder": N_("Held by"),
    "kind": N_("Kind"),
    "community_worker": N_("Community worker"),
    "no_community_worker": N_("No community worker involved."),
    "places": N_("Meeting places"),
    "funding": N_("Funding"),
    "funder": N_("Funder"),
    "amount": N_("Amount"),
    "from_to": N_("From – until"),
    "status": N_("Status"),
    "no_funding": N_("No funding recorded."),
    "reach": N_("Sessions and people"),
    "activities": N_("Activities"),
    "held": N_("Sessions held"),
    "cancelled_n": N_("Sessions cancelled"),
    "distinct": N_("Different participants"),
    "walk_ins": N_("Walk-ins (counted, not named)"),
    "ages": N_("Age groups"),
    "intergenerational": N_("Sessions where young and old met"),
    "pairs": N_("Contacts between residents"),
    "bridging": N_("of which bridging (other neighbourhood or circle)"),
    "unknown": N_("unknown"),
    "small_gems": N_("Small gems"),
    "small_gems_intro": N_(
        "Small initiatives run by residents, most regular first: they matter "
        "because they last, not because they are big.",
    ),
    "no_gems": N_("No small initiatives met in this period."),
    "person_title": N_("What we hold about you"),
    "person_intro": N_(
        "Everything this community centre's records hold about one person: the "
        "record itself, roles in initiatives, and the sessions this person came to.",
    ),
    "person_record": N_("Personal details"),
    "person_roles": N_("Roles"),
    "person_attendance": N_("Sessions attended"),
    "printed": N_("Printed on %1"),
    "page": N_("Page %1 of %2"),
    # on every page of the made-up demo's prints, beside the centre's name
    "example_mark": N_("EXAMPLE — made-up data"),
    "example_short": N_("EXAMPLE"),
}


def texts() -> dict[str, str]:
    """Every printed word in the current language."""
    return {key: translate(source) for key, source in _TEXTS.items()}
