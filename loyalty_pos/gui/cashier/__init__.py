"""The cashier's till: sign-in, sale screen and the dialogs it opens."""
