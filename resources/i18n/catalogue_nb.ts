<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>catalogue</name>
    <message>
        <source>Loyalty card</source>
        <comment>card.loyalty_card</comment>
        <translation>Fordelskort</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size), not &quot;fit to page&quot;.  Page {page} of {pages}</source>
        <comment>card.sheet_footer</comment>
        <translation>Skriv ut i 100 % (faktisk størrelse), ikke «tilpass til siden».  Side {page} av {pages}</translation>
    </message>
    <message>
        <source>backup written to {path}</source>
        <comment>cli.backup_written</comment>
        <translation>sikkerhetskopi skrevet til {path}</translation>
    </message>
    <message>
        <source>the card key file it replaced was kept as {path}</source>
        <comment>cli.card_key_kept</comment>
        <translation>kortnøkkelfilen den erstattet ble beholdt som {path}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>cli.interrupted</comment>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>restored from {source}; the previous database was kept as {kept}</source>
        <comment>cli.restored</comment>
        <translation>gjenopprettet fra {source}; den forrige databasen ble beholdt som {kept}</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {username} is locked until {until}.</source>
        <comment>error.account_locked</comment>
        <translation>For mange feil PIN-koder: {username} er låst til {until}.</translation>
    </message>
    <message>
        <source>Birthday is not a plausible date</source>
        <comment>error.bad_birthday</comment>
        <translation>Fødselsdagen er ikke en mulig dato</translation>
    </message>
    <message>
        <source>A discount must be between 0 and the line total</source>
        <comment>error.bad_discount</comment>
        <translation>En rabatt må være mellom 0 og linjesummen</translation>
    </message>
    <message>
        <source>A display name is at most {limit} characters.</source>
        <comment>error.bad_display_name</comment>
        <translation>Et visningsnavn har høyst {limit} tegn.</translation>
    </message>
    <message>
        <source>{text!r} is not an email address</source>
        <comment>error.bad_email</comment>
        <translation>{text!r} er ikke en e-postadresse</translation>
    </message>
    <message>
        <source>{language!r} is not a language the till knows</source>
        <comment>error.bad_member_language</comment>
        <translation>{language!r} er ikke et språk kassen kjenner</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number</source>
        <comment>error.bad_phone</comment>
        <translation>{text!r} er ikke et telefonnummer</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <comment>error.bad_pin</comment>
        <translation>En PIN-kode er 4 til 12 sifre.</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <comment>error.bad_price</comment>
        <translation>En pris kan ikke være negativ</translation>
    </message>
    <message>
        <source>Line {line}: return at least 1, not {quantity}</source>
        <comment>error.bad_quantity</comment>
        <translation>Linje {line}: returner minst 1, ikke {quantity}</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <comment>error.cannot_deactivate_self</comment>
        <translation>Du kan ikke deaktivere din egen konto.</translation>
    </message>
    <message>
        <source>Card printing was cancelled; no card was marked printed.</source>
        <comment>error.card_printing_cancelled</comment>
        <translation>Kortutskriften ble avbrutt; ingen kort ble merket som skrevet ut.</translation>
    </message>
    <message>
        <source>Card refused: {reason}.</source>
        <comment>error.card_refused</comment>
        <translation>Kortet ble avvist: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: {reason}.</source>
        <comment>error.card_sheet_unwritable</comment>
        <translation>Kan ikke skrive kortarket {path}: {reason}.</translation>
    </message>
    <message>
        <source>The member must consent to data processing to join the program</source>
        <comment>error.consent_required</comment>
        <translation>Medlemmet må samtykke til databehandling for å bli med i programmet</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({reason}); restore it from a backup with &apos;loyalty-pos restore&apos;.</source>
        <comment>error.corrupt_database</comment>
        <translation>Databasen {path} er skadet ({reason}); gjenopprett den fra en sikkerhetskopi med &apos;loyalty-pos restore&apos;.</translation>
    </message>
    <message>
        <source>{product} is priced in {currency}</source>
        <comment>error.currency_mismatch</comment>
        <translation>{product} er priset i {currency}</translation>
    </message>
    <message>
        <source>{holder} is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use</comment>
        <translation>{holder} kjører allerede i denne datamappen (pid {pid} på verten {host}); lukk den først</translation>
    </message>
    <message>
        <source>{path} was written by a newer loyalty-pos (schema {revision}); update this till first.</source>
        <comment>error.database_too_new</comment>
        <translation>{path} ble skrevet av en nyere loyalty-pos (skjema {revision}); oppdater denne kassen først.</translation>
    </message>
    <message>
        <source>The disk holding the database is full; nothing was saved. Free some space and try again.</source>
        <comment>error.disk_full</comment>
        <translation>Disken med databasen er full; ingenting ble lagret. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <comment>error.empty_basket</comment>
        <translation>Kurven er tom</translation>
    </message>
    <message>
        <source>Needs {needed} points, member has {available}.</source>
        <comment>error.insufficient_points</comment>
        <translation>Trenger {needed} poeng, medlemmet har {available}.</translation>
    </message>
    <message>
        <source>{username} is the last active manager; nobody could manage the shop.</source>
        <comment>error.last_manager</comment>
        <translation>{username} er den siste aktive lederen; ingen kunne da styre butikken.</translation>
    </message>
    <message>
        <source>The operation was refused.</source>
        <comment>error.loyalty_error</comment>
        <translation>Handlingen ble avvist.</translation>
    </message>
    <message>
        <source>{name} is {status}</source>
        <comment>error.member_not_active</comment>
        <translation>{name} er {status}</translation>
    </message>
    <message>
        <source>This member is {status}: the profile cannot be edited</source>
        <comment>error.member_not_active.profile</comment>
        <translation>Dette medlemmet er {status}: profilen kan ikke endres</translation>
    </message>
    <message>
        <source>A member needs a name</source>
        <comment>error.name_required</comment>
        <translation>Et medlem trenger et navn</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters</source>
        <comment>error.name_too_long</comment>
        <translation>Et navn har høyst {limit} tegn</translation>
    </message>
    <message>
        <source>No loyalty program is published yet; a manager must publish one first.</source>
        <comment>error.no_program</comment>
        <translation>Ingen fordelsprogram er publisert ennå; en leder må publisere et først.</translation>
    </message>
    <message>
        <source>{product} has a price of its own</source>
        <comment>error.not_an_amount_product</comment>
        <translation>{product} har sin egen pris</translation>
    </message>
    <message>
        <source>{what} {key} was not found.</source>
        <comment>error.not_found</comment>
        <translation>{what} {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>Line {line} ({product}): {left} of {bought} left to return, asked for {asked}</source>
        <comment>error.nothing_left_to_return</comment>
        <translation>Linje {line} ({product}): {left} av {bought} igjen å returnere, ba om {asked}</translation>
    </message>
    <message>
        <source>Choose at least one line to return</source>
        <comment>error.nothing_to_return</comment>
        <translation>Velg minst én linje å returnere</translation>
    </message>
    <message>
        <source>This till has not reached the chain&apos;s server lately, so a member may redeem at most {cap} points a day here ({used} already used today). Redeem less, or sync first.</source>
        <comment>error.offline_redeem_cap</comment>
        <translation>Denne kassen har ikke nådd kjedens server i det siste, så et medlem kan løse inn høyst {cap} poeng om dagen her ({used} allerede brukt i dag). Løs inn mindre, eller synkroniser først.</translation>
    </message>
    <message>
        <source>Not writing {path}: {reason}.</source>
        <comment>error.output_refused</comment>
        <translation>Skriver ikke {path}: {reason}.</translation>
    </message>
    <message>
        <source>{action} needs the {role} role.</source>
        <comment>error.permission_denied</comment>
        <translation>{action} krever rollen {role}.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <comment>error.pins_differ</comment>
        <translation>De to PIN-kodene er ulike; skriv samme PIN-kode to ganger.</translation>
    </message>
    <message>
        <source>{reward} needs at least {minimum} points, {entered} were entered</source>
        <comment>error.points_below_minimum</comment>
        <translation>{reward} trenger minst {minimum} poeng, {entered} ble skrevet inn</translation>
    </message>
    <message>
        <source>{reward} costs a fixed {points} points; points cannot be typed</source>
        <comment>error.points_not_allowed</comment>
        <translation>{reward} koster fast {points} poeng; poeng kan ikke skrives inn</translation>
    </message>
    <message>
        <source>{product} is no longer sold</source>
        <comment>error.product_inactive</comment>
        <translation>{product} selges ikke lenger</translation>
    </message>
    <message>
        <source>An adjustment needs a reason</source>
        <comment>error.reason_required</comment>
        <translation>En justering trenger en begrunnelse</translation>
    </message>
    <message>
        <source>Receipt {ref}{register}, dated {on}, is already recorded.</source>
        <comment>error.receipt_already_recorded</comment>
        <translation>Kvittering {ref}{register}, datert {on}, er allerede registrert.</translation>
    </message>
    <message>
        <source>That receipt is itself a return</source>
        <comment>error.receipt_is_a_return</comment>
        <translation>Den kvitteringen er selv en retur</translation>
    </message>
    <message>
        <source>That is not this shop&apos;s recovery code; nothing was changed.</source>
        <comment>error.recovery_refused</comment>
        <translation>Det er ikke butikkens gjenopprettingskode; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder}; reinstall loyalty-pos.</source>
        <comment>error.resource_missing</comment>
        <translation>Filen {name} mangler i {folder}; installer loyalty-pos på nytt.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: {reason}.</source>
        <comment>error.reward_unavailable</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: {reason}.</translation>
    </message>
    <message>
        <source>Type at least 2 characters to search</source>
        <comment>error.search_too_short</comment>
        <translation>Skriv minst 2 tegn for å søke</translation>
    </message>
    <message>
        <source>The shop was not set up: {reason}. Nothing was saved; please try again.</source>
        <comment>error.setup_failed</comment>
        <translation>Butikken ble ikke satt opp: {reason}. Ingenting ble lagret; prøv igjen.</translation>
    </message>
    <message>
        <source>{where} already holds a shop; setup changes nothing there.</source>
        <comment>error.shop_exists</comment>
        <translation>{where} har allerede en butikk; oppsettet endrer ingenting der.</translation>
    </message>
    <message>
        <source>Wrong user name or PIN.</source>
        <comment>error.sign_in_refused</comment>
        <translation>Feil brukernavn eller PIN-kode.</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <comment>error.simulation_cancelled</comment>
        <translation>Simuleringen ble avbrutt.</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <comment>error.store_busy</comment>
        <translation>Databasen er opptatt; prøv igjen.</translation>
    </message>
    <message>
        <source>Choose two different members</source>
        <comment>error.transfer_same_member</comment>
        <translation>Velg to forskjellige medlemmer</translation>
    </message>
    <message>
        <source>Transfers go in steps of {step:,} points</source>
        <comment>error.transfer_step</comment>
        <translation>Overføringer går i steg på {step:,} poeng</translation>
    </message>
    <message>
        <source>Something went wrong ({detail}). Nothing was saved; please try again.</source>
        <comment>error.unexpected_error</comment>
        <translation>Noe gikk galt ({detail}). Ingenting ble lagret; prøv igjen.</translation>
    </message>
    <message>
        <source>The sale has no line {line}</source>
        <comment>error.unknown_line</comment>
        <translation>Salget har ingen linje {line}</translation>
    </message>
    <message>
        <source>An adjustment moves at least 1 point</source>
        <comment>error.zero_points</comment>
        <translation>En justering flytter minst 1 poeng</translation>
    </message>
    <message>
        <source>{count} points</source>
        <comment>points.many</comment>
        <translation>{count} poeng</translation>
    </message>
    <message>
        <source>{count} point</source>
        <comment>points.one</comment>
        <translation>{count} poeng</translation>
    </message>
    <message>
        <source>Amount due</source>
        <comment>receipt.amount_due</comment>
        <translation>Å betale</translation>
    </message>
    <message>
        <source>Balance</source>
        <comment>receipt.balance</comment>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>COPY - NOT A NEW SALE</source>
        <comment>receipt.copy</comment>
        <translation>KOPI - IKKE ET NYTT SALG</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>receipt.discount</comment>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Discounts</source>
        <comment>receipt.discounts</comment>
        <translation>Rabatter</translation>
    </message>
    <message>
        <source>Discounts kept</source>
        <comment>receipt.discounts_kept</comment>
        <translation>Rabatter beholdt</translation>
    </message>
    <message>
        <source>{points} expire on {day}</source>
        <comment>receipt.expires_many</comment>
        <translation>{points} utløper {day}</translation>
    </message>
    <message>
        <source>{points} expires on {day}</source>
        <comment>receipt.expires_one</comment>
        <translation>{points} utløper {day}</translation>
    </message>
    <message>
        <source>Member {name}</source>
        <comment>receipt.member</comment>
        <translation>Medlem {name}</translation>
    </message>
    <message>
        <source>{amount} more to {target}</source>
        <comment>receipt.more_money</comment>
        <translation>{amount} igjen til {target}</translation>
    </message>
    <message>
        <source>{count} more points to {target}</source>
        <comment>receipt.more_points_many</comment>
        <translation>{count} poeng igjen til {target}</translation>
    </message>
    <message>
        <source>{count} more point to {target}</source>
        <comment>receipt.more_points_one</comment>
        <translation>{count} poeng igjen til {target}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <comment>receipt.number</comment>
        <translation>Kvittering {number}</translation>
    </message>
    <message>
        <source>Paid by {tender}</source>
        <comment>receipt.paid_by</comment>
        <translation>Betalt med {tender}</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <comment>receipt.paid_with_points</comment>
        <translation>Betalt med poeng</translation>
    </message>
    <message>
        <source>Points earned</source>
        <comment>receipt.points_earned</comment>
        <translation>Opptjente poeng</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <comment>receipt.points_redeemed</comment>
        <translation>Innløste poeng</translation>
    </message>
    <message>
        <source>Points restored</source>
        <comment>receipt.points_restored</comment>
        <translation>Poeng tilbakeført</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <comment>receipt.points_taken_back</comment>
        <translation>Poeng trukket tilbake</translation>
    </message>
    <message>
        <source>{points} used</source>
        <comment>receipt.points_used</comment>
        <translation>{points} brukt</translation>
    </message>
    <message>
        <source>REFUND</source>
        <comment>receipt.refund</comment>
        <translation>REFUSJON</translation>
    </message>
    <message>
        <source>Refunded by {tender}</source>
        <comment>receipt.refunded_by</comment>
        <translation>Refundert med {tender}</translation>
    </message>
    <message>
        <source>Register receipt {number}</source>
        <comment>receipt.register_receipt</comment>
        <translation>Kassakvittering {number}</translation>
    </message>
    <message>
        <source>RETURN</source>
        <comment>receipt.return</comment>
        <translation>RETUR</translation>
    </message>
    <message>
        <source>Return of receipt {number}</source>
        <comment>receipt.return_of</comment>
        <translation>Retur av kvittering {number}</translation>
    </message>
    <message>
        <source>Reward</source>
        <comment>receipt.reward</comment>
        <translation>Belønning</translation>
    </message>
    <message>
        <source>Rewards (included above)</source>
        <comment>receipt.rewards_included</comment>
        <translation>Belønninger (inkludert over)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <comment>receipt.subtotal</comment>
        <translation>Delsum</translation>
    </message>
    <message>
        <source>Thank you for shopping with us!</source>
        <comment>receipt.thank_you</comment>
        <translation>Takk for handelen!</translation>
    </message>
    <message>
        <source>Till {till}, cashier {cashier}</source>
        <comment>receipt.till_cashier</comment>
        <translation>Kasse {till}, kasserer {cashier}</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <comment>receipt.total</comment>
        <translation>TOTALT</translation>
    </message>
    <message>
        <source>TRAINING — NOT A SALE</source>
        <comment>receipt.training</comment>
        <translation>OPPLÆRING — IKKE ET SALG</translation>
    </message>
    <message>
        <source>card</source>
        <comment>tender.card</comment>
        <translation>kort</translation>
    </message>
    <message>
        <source>cash</source>
        <comment>tender.cash</comment>
        <translation>kontant</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>tender.mobile</comment>
        <translation>mobilbetaling</translation>
    </message>
    <message>
        <source>other</source>
        <comment>tender.other</comment>
        <translation>annet</translation>
    </message>
    <message>
        <source>voucher</source>
        <comment>tender.voucher</comment>
        <translation>gavekort</translation>
    </message>
</context>
</TS>
