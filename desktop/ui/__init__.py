"""The PySide6 GUI: windows, dialogs and Qt item models over the services layer."""
