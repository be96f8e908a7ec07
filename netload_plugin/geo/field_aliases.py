"""Readable names and display precision for every output field, in the analyst's language.

Output fields stay English snake_case with units (``capacity_kw``, ``time_utc``): scripts and
models depend on them. What people read — the attribute table, the identify panel, exported
spreadsheets — gets an alias (``Capacity (kW)`` / ``Potência (kW)``) and numbers shown with a
sensible number of decimals instead of ``32.9400000001``. Main thread only (layers).
"""

from qgis.core import QgsEditorWidgetSetup
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "NetLoadFields"

#: Field → (label, decimals shown; None for text, dates and integers).
FIELDS = {
    "area": (QT_TRANSLATE_NOOP("NetLoadFields", "ONS area"), None),
    "time_utc": (QT_TRANSLATE_NOOP("NetLoadFields", "Time (UTC, interval start)"), None),
    "interval_s": (QT_TRANSLATE_NOOP("NetLoadFields", "Interval (s)"), None),
    "zone_id": (QT_TRANSLATE_NOOP("NetLoadFields", "Zone"), None),
    "ibge_code": (QT_TRANSLATE_NOOP("NetLoadFields", "IBGE code"), None),
    "name": (QT_TRANSLATE_NOOP("NetLoadFields", "Name"), None),
    "uf": (QT_TRANSLATE_NOOP("NetLoadFields", "State (UF)"), None),
    "unit_id": (QT_TRANSLATE_NOOP("NetLoadFields", "GD unit code"), None),
    "municipality": (QT_TRANSLATE_NOOP("NetLoadFields", "Municipality"), None),
    "consumer_class": (QT_TRANSLATE_NOOP("NetLoadFields", "Consumer class"), None),
    "modality": (QT_TRANSLATE_NOOP("NetLoadFields", "Modality"), None),
    "generation_type": (QT_TRANSLATE_NOOP("NetLoadFields", "Generation type"), None),
    "source": (QT_TRANSLATE_NOOP("NetLoadFields", "Energy source"), None),
    "size_class": (QT_TRANSLATE_NOOP("NetLoadFields", "Size (micro/mini)"), None),
    "connected_on": (QT_TRANSLATE_NOOP("NetLoadFields", "Connected on"), None),
    "distributor": (QT_TRANSLATE_NOOP("NetLoadFields", "Distributor"), None),
    "substation": (QT_TRANSLATE_NOOP("NetLoadFields", "Substation"), None),
    "geom_source": (QT_TRANSLATE_NOOP("NetLoadFields", "Location from"), None),
    "capacity_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "Capacity (kW)"), 1),
    "gd_units": (QT_TRANSLATE_NOOP("NetLoadFields", "GD units"), None),
    "gd_capacity_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity (kW)"), 1),
    "gd_undated": (QT_TRANSLATE_NOOP("NetLoadFields", "GD units without date"), None),
    "gd_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "Registered GD (kW)"), 1),
    "generation_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Registered GD generation (MW)"), 3),
    "generation_mwh": (QT_TRANSLATE_NOOP("NetLoadFields", "Registered GD energy (MWh)"), 1),
    "mean_capacity_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "Mean capacity (kW)"), 1),
    "capacity_factor": (QT_TRANSLATE_NOOP("NetLoadFields", "Capacity factor"), 3),
    "peak_generation_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Peak generation (MW)"), 3),
    "missing_intervals": (QT_TRANSLATE_NOOP("NetLoadFields", "Daylight intervals without irradiance"), None),
    "ghi_wm2": (QT_TRANSLATE_NOOP("NetLoadFields", "Irradiance GHI (W/m²)"), 1),
    "load_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Load (MW)"), 1),
    "net_load_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Net load, ONS (MW)"), 1),
    "mmgd_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "ONS MMGD (MW)"), 1),
    "ons_mmgd_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "ONS MMGD (MW)"), 1),
    "registered_gd_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Registered GD (MW)"), 1),
    "undeclared_pv_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Undeclared PV, suspected (MW)"), 1),
    "hidden_load_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Hidden load (MW)"), 1),
    "hidden_load_mwh": (QT_TRANSLATE_NOOP("NetLoadFields", "Hidden load (MWh)"), 1),
    "hidden_peak_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Peak hidden load (MW)"), 1),
    "real_load_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Real load (MW)"), 1),
    "dataset": (QT_TRANSLATE_NOOP("NetLoadFields", "ONS dataset"), None),
    "quality": (QT_TRANSLATE_NOOP("NetLoadFields", "Quality"), None),
    "bias_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Bias vs ONS MMGD (MW)"), 1),
    "nmae_daylight": (QT_TRANSLATE_NOOP("NetLoadFields", "nMAE, daylight"), 3),
    "correlation": (QT_TRANSLATE_NOOP("NetLoadFields", "Correlation"), 3),
    "energy_ratio": (QT_TRANSLATE_NOOP("NetLoadFields", "Energy ratio vs ONS MMGD"), 3),
    "rows_compared": (QT_TRANSLATE_NOOP("NetLoadFields", "Intervals compared"), None),
    "undeclared_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "Undeclared PV (kW)"), 1),
    "pv_roofs": (QT_TRANSLATE_NOOP("NetLoadFields", "Roofs with PV"), None),
    "pv_roofs_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "PV on roofs (kW)"), 1),
    "pv_probability": (QT_TRANSLATE_NOOP("NetLoadFields", "PV probability"), 3),
    "has_pv": (QT_TRANSLATE_NOOP("NetLoadFields", "Has PV"), None),
    "roof_area_m2": (QT_TRANSLATE_NOOP("NetLoadFields", "Roof area (m²)"), 1),
    "pv_kwp_est": (QT_TRANSLATE_NOOP("NetLoadFields", "Estimated PV (kWp)"), 2),
    "status": (QT_TRANSLATE_NOOP("NetLoadFields", "Status"), None),
    "classification_status": (QT_TRANSLATE_NOOP("NetLoadFields", "Classification"), None),
    "units": (QT_TRANSLATE_NOOP("NetLoadFields", "GD units"), None),
    "zones": (QT_TRANSLATE_NOOP("NetLoadFields", "Zones"), None),
    "states": (QT_TRANSLATE_NOOP("NetLoadFields", "States"), None),
    "share_of_capacity": (QT_TRANSLATE_NOOP("NetLoadFields", "Share of capacity"), 3),
    "ons_load_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "ONS load (MW)"), 1),
    "supervised_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Supervised load (MW)"), 1),
    "unsupervised_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Unsupervised load (MW)"), 1),
    "updated_at": (QT_TRANSLATE_NOOP("NetLoadFields", "Updated by ONS at"), None),
    "rows": (QT_TRANSLATE_NOOP("NetLoadFields", "Intervals"), None),
    "capacity_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Capacity (MW)"), 1),
    "registered_gd_mwh": (QT_TRANSLATE_NOOP("NetLoadFields", "Registered GD energy (MWh)"), 1),
    "undeclared_pv_mwh": (QT_TRANSLATE_NOOP("NetLoadFields", "Undeclared PV energy (MWh)"), 1),
    "ons_mmgd_mwh": (QT_TRANSLATE_NOOP("NetLoadFields", "ONS MMGD energy (MWh)"), 1),
    "ons_capacity_factor": (QT_TRANSLATE_NOOP("NetLoadFields", "ONS MMGD capacity factor"), 3),
    "peak_hidden_share": (QT_TRANSLATE_NOOP("NetLoadFields", "Peak hidden share of real load"), 3),
    "area_energy_ratio": (QT_TRANSLATE_NOOP("NetLoadFields", "Area energy ratio vs ONS MMGD"), 3),
    "area_nmae_daylight": (QT_TRANSLATE_NOOP("NetLoadFields", "Area nMAE, daylight"), 3),
    "area_correlation": (QT_TRANSLATE_NOOP("NetLoadFields", "Area correlation"), 3),
    "area_bias_mw": (QT_TRANSLATE_NOOP("NetLoadFields", "Area bias vs ONS MMGD (MW)"), 1),
    "station": (QT_TRANSLATE_NOOP("NetLoadFields", "Station or cell"), None),
    "altitude_m": (QT_TRANSLATE_NOOP("NetLoadFields", "Altitude (m)"), 0),
    "founded_on": (QT_TRANSLATE_NOOP("NetLoadFields", "Station founded on"), None),
    "temp_c": (QT_TRANSLATE_NOOP("NetLoadFields", "Air temperature (°C)"), 1),
    "lon": (QT_TRANSLATE_NOOP("NetLoadFields", "Longitude"), 5),
    "lat": (QT_TRANSLATE_NOOP("NetLoadFields", "Latitude"), 5),
    # capacity per generation type, consumer class and modality (core.gd_aggregate.category_fields)
    "cap_ufv_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, solar PV (kW)"), 1),
    "cap_ute_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, thermal (kW)"), 1),
    "cap_cgh_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, small hydro (kW)"), 1),
    "cap_eol_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, wind (kW)"), 1),
    "cap_other_type_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, other type (kW)"), 1),
    "cap_class_residential_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, residential (kW)"), 1),
    "cap_class_commercial_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, commercial (kW)"), 1),
    "cap_class_rural_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, rural (kW)"), 1),
    "cap_class_industrial_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, industrial (kW)"), 1),
    "cap_class_public_authority_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, public authority (kW)"), 1),
    "cap_class_public_service_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, public service (kW)"), 1),
    "cap_class_public_lighting_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, public lighting (kW)"), 1),
    "cap_class_other_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, other class (kW)"), 1),
    "cap_mod_own_site_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, generated on site (kW)"), 1),
    "cap_mod_remote_self_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, remote self-consumption (kW)"), 1),
    "cap_mod_shared_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, shared generation (kW)"), 1),
    "cap_mod_multi_unit_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, multiple consumer units (kW)"), 1),
    "cap_mod_other_kw": (QT_TRANSLATE_NOOP("NetLoadFields", "GD capacity, other modality (kW)"), 1),
}


#: Fields NetLoad names by pattern (capacity per type, class, modality): decimals by unit suffix.
UNIT_DECIMALS = (("_kw", 1), ("_mwh", 1), ("_mw", 1))


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    """The translated label of an output field; the name itself when NetLoad does not know it."""
    entry = FIELDS.get(name)
    return tr(entry[0]) if entry else name


def field_decimals(name: str):
    """Decimals shown for a numeric output field, or ``None``."""
    entry = FIELDS.get(name)
    if entry:
        return entry[1]
    return next((decimals for suffix, decimals in UNIT_DECIMALS if name.endswith(suffix)), None)


def set_field_aliases(layer) -> int:
    """Give every known field of ``layer`` its alias and, for decimals, a display precision; returns how many.

    The precision is the Range widget's ``Precision``, which the attribute table and the identify
    panel honour; the stored values keep their full precision.
    """
    fields = layer.fields()
    count = 0
    for index in range(fields.count()):
        name = fields.at(index).name()
        if name in FIELDS:
            layer.setFieldAlias(index, field_label(name))
        decimals = field_decimals(name)
        if decimals is not None and fields.at(index).isNumeric():
            config = {"Precision": decimals, "Style": "SpinBox", "AllowNull": True,
                      "Min": -1.0e15, "Max": 1.0e15, "Step": 10.0 ** -decimals}
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Range", config))
        count += name in FIELDS or decimals is not None
    return count
