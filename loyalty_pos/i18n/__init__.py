"""The program's languages: Qt's translations of the GUI and the texts outside it."""
