"""Pure logic with no QGIS import: source parsers, IBGE codes, solar geometry and PV yield,
hidden-load arithmetic, chip preprocessing. Testable with plain pytest."""
