"""The columns of the Inzichten page's detail tables that are not registry insights (the
community workers' load, hours per place, neighbourhoods without a place), declared like the
registry's columns so :mod:`buurtapp.ui.insight_cells` shows them the same way."""

from __future__ import annotations

from buurtapp.core.i18n import N_
from buurtapp.core.insights.entry import CellKind, Column

DETAIL_TABLES: dict[str, tuple[Column, ...]] = {
    "workload": (
        Column("name", N_("Community worker"), width=240),
        Column("active", N_("Active initiatives"), CellKind.COUNT, 140),
        Column("initiatives", N_("Initiatives"), CellKind.COUNT, 100),
    ),
    "places": (
        Column("name", N_("Place"), width=260),
        Column("neighbourhood", N_("Neighbourhood"), width=140),
        Column("sessions", N_("Sessions"), CellKind.COUNT, 100),
        Column("hours_per_week", N_("Hours a week"), CellKind.DECIMAL, 110),
    ),
    "without_place": (
        Column("neighbourhood", N_("Neighbourhood"), width=200),
        Column("residents", N_("Residents who take part"), CellKind.COUNT, 200),
    ),
}
