"""Where the dock's run is kept: a GeoPackage on this computer, or also the team's PostGIS store.

The run always writes its GeoPackage (the Output box); with "PostgreSQL store" it is also published
to a QGIS PostgreSQL connection and schema (run_pipeline's STORE and STORE_SCHEMA). The "Last update"
line reads the store's runs table, so an analyst sees at once how current the team's store is.
"""

from datetime import timezone

from qgis.gui import QgsProviderConnectionComboBox
from qgis.PyQt.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QWidget

from ..core.errors import NetLoadError
from ..core.pg_store import latest_run
from ..geo.postgis_connection import DEFAULT_SCHEMA, resolve_store


class StoreWidget(QWidget):
    """GeoPackage or PostgreSQL connection + schema, and the store's last update."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.gpkg_radio = QRadioButton(self.tr("GeoPackage file (this computer)"), self)
        self.postgres_radio = QRadioButton(self.tr("PostgreSQL store (team), as well"), self)
        self.gpkg_radio.setChecked(True)
        self.connection_combo = QgsProviderConnectionComboBox("postgres", self)
        self.connection_combo.setObjectName("storeConnection")
        self.schema_edit = QLineEdit(DEFAULT_SCHEMA, self)
        self.schema_edit.setObjectName("storeSchema")
        self.last_update = QLabel(self)
        self.last_update.setObjectName("storeLastUpdate")
        self.last_update.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Store"), self.gpkg_radio)
        layout.addRow("", self.postgres_radio)
        layout.addRow(self.tr("Connection"), self.connection_combo)
        layout.addRow(self.tr("Schema"), self.schema_edit)
        layout.addRow(self.refresh_button, self.last_update)
        self.postgres_radio.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self, _checked=None):
        on = self.postgres_radio.isChecked()
        for widget in (self.connection_combo, self.schema_edit, self.refresh_button, self.last_update):
            widget.setEnabled(on)
        if not on:
            self.last_update.setText("")

    def destination(self) -> tuple:
        """``(connection, schema)`` of the store, or ``("", "")`` for the GeoPackage alone."""
        if not self.postgres_radio.isChecked():
            return "", ""
        return self.connection_combo.currentConnection() or "", self.schema_edit.text().strip() or DEFAULT_SCHEMA

    def refresh(self) -> str:
        """Read the store's last committed run into the "Last update" line; returns the text shown."""
        connection, schema = self.destination()
        if not connection:
            text = self.tr("Choose a PostgreSQL connection.")
        else:
            try:
                text = self._describe(connection, schema)
            except NetLoadError as error:
                text = str(error)
        self.last_update.setText(text)
        return text

    def _describe(self, connection_name: str, schema: str) -> str:
        target = resolve_store(connection_name, schema)
        connection = target.connect()
        try:
            run = latest_run(connection, target.schema)
        finally:
            connection.close()
        if run is None:
            return self.tr("Last update: none yet (no run in {}).").format(schema)
        finished = run["finished_utc"].astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")
        return self.tr("Last update: {time} UTC, run {run} ({algorithm}, {region}, {first} to {last}).").format(
            time=finished, run=run["run_id"], algorithm=run["algorithm"], region=run["region"] or "-",
            first=run["period_start"] or "-", last=run["period_end"] or "-")
