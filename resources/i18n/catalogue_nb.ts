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
        <source>Amount is empty</source>
        <comment>error.amount_empty</comment>
        <translation>Beløpet er tomt</translation>
    </message>
    <message>
        <source>{text!r} is too large to be an amount</source>
        <comment>error.amount_too_large</comment>
        <translation>{text!r} er for stort til å være et beløp</translation>
    </message>
    <message>
        <source>{what} is from 0 to {maximum:,} minor units, not {minor:,}</source>
        <comment>error.amount_too_large.range</comment>
        <translation>{what} er fra 0 til {maximum:,} minste enheter, ikke {minor:,}</translation>
    </message>
    <message>
        <source>The address: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_shop_address</comment>
        <translation>Adressen: høyst {lines} linjer på {characters} tegn</translation>
    </message>
    <message>
        <source>{what} is a whole number of minor units, not {minor!r}</source>
        <comment>error.bad_amount</comment>
        <translation>{what} er et helt antall minste enheter, ikke {minor!r}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <comment>check.and_more</comment>
        <translation>... og {count} til</translation>
    </message>
    <message>
        <source>audit log: {problem}</source>
        <comment>check.audit_log</comment>
        <translation>revisjonslogg: {problem}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <comment>check.backup_unreadable</comment>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>the backup has no card key file beside it: a restore would leave printed cards unverifiable</source>
        <comment>check.backup_without_key</comment>
        <translation>sikkerhetskopien har ingen kortnøkkelfil ved siden av seg: en gjenoppretting ville gjøre utskrevne kort umulige å verifisere</translation>
    </message>
    <message>
        <source>member {member}: cached balance {cached} but ledger folds to {folded}</source>
        <comment>check.balance_differs</comment>
        <translation>medlem {member}: lagret saldo {cached}, men poengboken gir {folded}</translation>
    </message>
    <message>
        <source>member {member}: cached balance {balance} but no ledger entries</source>
        <comment>check.balance_without_entries</comment>
        <translation>medlem {member}: lagret saldo {balance}, men ingen poster i poengboken</translation>
    </message>
    <message>
        <source>this file predates the hash chain: its records are chained when it is next opened (migration 0012)</source>
        <comment>check.before_chain</comment>
        <translation>denne filen er eldre enn hashkjeden: postene kjedes neste gang den åpnes (migrering 0012)</translation>
    </message>
    <message>
        <source>card key: {problem}</source>
        <comment>check.card_key_unreadable</comment>
        <translation>kortnøkkel: {problem}</translation>
    </message>
    <message>
        <source>card key {path}: {problem}. {fix}</source>
        <comment>check.card_key_wrong</comment>
        <translation>kortnøkkel {path}: {problem}. {fix}</translation>
    </message>
    <message>
        <source>{check}: the check stopped at a row it cannot read ({error})</source>
        <comment>check.check_stopped</comment>
        <translation>{check}: kontrollen stoppet ved en rad den ikke kan lese ({error})</translation>
    </message>
    <message>
        <source>ledger entry {seq} (member {member}): {error}</source>
        <comment>check.entry_unreadable</comment>
        <translation>post {seq} i poengboken (medlem {member}): {error}</translation>
    </message>
    <message>
        <source>the head in {source} is {behind} links behind the database, an earlier link of the same chain (written just before a stop?)</source>
        <comment>check.head_behind</comment>
        <translation>hodet i {source} ligger {behind} ledd bak databasen, et tidligere ledd i samme kjede (skrevet like før en stans?)</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) is past the database&apos;s last link {last}: {cut} chained records were cut off the end</source>
        <comment>check.head_past_end_many</comment>
        <translation>det ytre hodet (ledd {n} i kjeden {origin!r}) ligger etter databasens siste ledd {last}: {cut} kjedede poster ble kuttet av slutten</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) is past the database&apos;s last link {last}: {cut} chained record was cut off the end</source>
        <comment>check.head_past_end_one</comment>
        <translation>det ytre hodet (ledd {n} i kjeden {origin!r}) ligger etter databasens siste ledd {last}: {cut} kjedet post ble kuttet av slutten</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) does not match the database&apos;s link {n}: the chain was rewritten</source>
        <comment>check.head_rewritten</comment>
        <translation>det ytre hodet (ledd {n} i kjeden {origin!r}) stemmer ikke med databasens ledd {n}: kjeden er skrevet om</translation>
    </message>
    <message>
        <source>outside head (link {n} of chain {origin!r}) is {behind} links behind the database, more than one transaction could leave it: it was not written by this database&apos;s last writes</source>
        <comment>check.head_too_far_behind</comment>
        <translation>det ytre hodet (ledd {n} i kjeden {origin!r}) ligger {behind} ledd bak databasen, mer enn én transaksjon kan etterlate: det ble ikke skrevet av denne databasens siste skrivinger</translation>
    </message>
    <message>
        <source>member {member}: the ledger does not fold ({error})</source>
        <comment>check.ledger_does_not_fold</comment>
        <translation>medlem {member}: poengboken lar seg ikke summere ({error})</translation>
    </message>
    <message>
        <source>chain {origin!r}: links {first} to {last} are missing (deleted?)</source>
        <comment>check.links_missing</comment>
        <translation>kjeden {origin!r}: leddene {first} til {last} mangler (slettet?)</translation>
    </message>
    <message>
        <source>member {member}: a lot cannot be read ({error})</source>
        <comment>check.lot_unreadable</comment>
        <translation>medlem {member}: et poengparti kan ikke leses ({error})</translation>
    </message>
    <message>
        <source>member {member}: lot {entry} open but no ledger entries</source>
        <comment>check.lot_without_entries</comment>
        <translation>medlem {member}: poengpartiet {entry} er åpent, men det finnes ingen poster i poengboken</translation>
    </message>
    <message>
        <source>member {member}: open lots {stored} but ledger folds to {folded}</source>
        <comment>check.lots_differ</comment>
        <translation>medlem {member}: åpne poengpartier {stored}, men poengboken gir {folded}</translation>
    </message>
    <message>
        <source>no backup to restore in {folder}</source>
        <comment>check.no_backup</comment>
        <translation>ingen sikkerhetskopi å gjenopprette i {folder}</translation>
    </message>
    <message>
        <source>there is no {source} beside the database</source>
        <comment>check.no_head_file</comment>
        <translation>det finnes ingen {source} ved siden av databasen</translation>
    </message>
    <message>
        <source>no outside head to compare with ({missing}): a chain recomputed from start to end, or a cut-off tail, cannot be told from here</source>
        <comment>check.no_outside_head</comment>
        <translation>ikke noe ytre hode å sammenligne med ({missing}): en kjede regnet om fra start til slutt, eller en avkuttet hale, kan ikke oppdages herfra</translation>
    </message>
    <message>
        <source>{problem} ({source})</source>
        <comment>check.outside_head_at</comment>
        <translation>{problem} ({source})</translation>
    </message>
    <message>
        <source>{kind} {ref} (chain link {n}): its stored values do not match the chain (edited?)</source>
        <comment>check.record_edited</comment>
        <translation>{kind} {ref} (kjedeledd {n}): de lagrede verdiene stemmer ikke med kjeden (endret?)</translation>
    </message>
    <message>
        <source>{kind} {ref} (chain link {n}): the record is gone (deleted?)</source>
        <comment>check.record_gone</comment>
        <translation>{kind} {ref} (kjedeledd {n}): posten er borte (slettet?)</translation>
    </message>
    <message>
        <source>sale {receipt}: total {total} but its lines add up to {lines}</source>
        <comment>check.sale_total_differs</comment>
        <translation>salg {receipt}: totalt {total}, men linjene summerer til {lines}</translation>
    </message>
    <message>
        <source>sqlite: {detail}</source>
        <comment>check.sqlite</comment>
        <translation>SQLite: {detail}</translation>
    </message>
    <message>
        <source>staff {username!r}: role {role!r} but the chained records give {chained!r}</source>
        <comment>check.staff_role_differs</comment>
        <translation>ansatt {username!r}: rolle {role!r}, men de kjedede postene gir {chained!r}</translation>
    </message>
    <message>
        <source>staff {username!r} ({role}): no chained record created this account</source>
        <comment>check.staff_unrecorded</comment>
        <translation>ansatt {username!r} ({role}): ingen kjedet post opprettet denne kontoen</translation>
    </message>
    <message>
        <source>ledger entry {seq}: member {member!r} is not a member id</source>
        <comment>check.stray_ledger_entry</comment>
        <translation>post {seq} i poengboken: medlem {member!r} er ikke en medlems-id</translation>
    </message>
    <message>
        <source>member {member}: tier {tier!r} but the chained records give {chained!r}</source>
        <comment>check.tier_differs</comment>
        <translation>medlem {member}: nivå {tier!r}, men de kjedede postene gir {chained!r}</translation>
    </message>
    <message>
        <source>{kind} {ref} is not in the chain (inserted by hand?)</source>
        <comment>check.unchained</comment>
        <translation>{kind} {ref} er ikke i kjeden (satt inn for hånd?)</translation>
    </message>
    <message>
        <source>add --erase to erase them</source>
        <comment>cli.add_erase</comment>
        <translation>legg til --erase for å slette dem</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <comment>cli.argparse.ambiguous</comment>
        <translation>tvetydig valg: %(option)s kan bety %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <comment>cli.argparse.argument</comment>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <comment>cli.argparse.cannot_open</comment>
        <translation>kan ikke åpne «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <comment>cli.argparse.error</comment>
        <translation>%(prog)s: feil: %(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <comment>cli.argparse.expected_at_least_one</comment>
        <translation>forventet minst ett argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <comment>cli.argparse.expected_at_most_one</comment>
        <translation>forventet høyst ett argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <comment>cli.argparse.expected_n_many</comment>
        <translation>forventet %s argumenter</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <comment>cli.argparse.expected_n_one</comment>
        <translation>forventet %s argument</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <comment>cli.argparse.expected_one</comment>
        <translation>forventet ett argument</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <comment>cli.argparse.help</comment>
        <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <comment>cli.argparse.ignored_explicit</comment>
        <translation>ignorerte det oppgitte argumentet %r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <comment>cli.argparse.invalid_choice</comment>
        <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <comment>cli.argparse.invalid_value</comment>
        <translation>ugyldig %(type)s-verdi: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <comment>cli.argparse.not_allowed_with</comment>
        <translation>ikke tillatt sammen med argumentet %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <comment>cli.argparse.one_required</comment>
        <translation>ett av argumentene %s må oppgis</translation>
    </message>
    <message>
        <source>options</source>
        <comment>cli.argparse.options</comment>
        <translation>alternativer</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <comment>cli.argparse.positional_arguments</comment>
        <translation>posisjonelle argumenter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <comment>cli.argparse.required</comment>
        <translation>følgende argumenter mangler: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <comment>cli.argparse.unknown_parser</comment>
        <translation>ukjent kommando %(parser_name)r (valg: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <comment>cli.argparse.unrecognized</comment>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <source>usage:</source>
        <comment>cli.argparse.usage</comment>
        <translation>bruk:</translation>
    </message>
    <message>
        <source>nothing to print: every active member card has been printed already</source>
        <comment>cli.cards_nothing</comment>
        <translation>ingenting å skrive ut: alle aktive medlemskort er allerede skrevet ut</translation>
    </message>
    <message>
        <source>wrote {cards} card(s) on {pages} page(s) to {path} ({marked} member card(s) marked printed, {blank} blank); print at 100 % (actual size), not &quot;fit to page&quot;</source>
        <comment>cli.cards_written</comment>
        <translation>skrev {cards} kort på {pages} side(r) til {path} ({marked} medlemskort merket som skrevet ut, {blank} blanke); skriv ut i 100 % (faktisk størrelse), ikke «tilpass til siden»</translation>
    </message>
    <message>
        <source>checked the ledgers of {members} members with points history ({entries} entries): OK</source>
        <comment>cli.check_ok</comment>
        <translation>kontrollerte poengkontoene til {members} medlemmer med poenghistorikk ({entries} posteringer): OK</translation>
    </message>
    <message>
        <source>checked the ledgers of {members} members with points history ({entries} entries): {problems} problem(s)</source>
        <comment>cli.check_problems</comment>
        <translation>kontrollerte poengkontoene til {members} medlemmer med poenghistorikk ({entries} posteringer): {problems} problem(er)</translation>
    </message>
    <message>
        <source>daily backup: {path}</source>
        <comment>cli.daily_backup</comment>
        <translation>daglig sikkerhetskopi: {path}</translation>
    </message>
    <message>
        <source>The demo shop at {path} is already set up ({members} members). Sign in as {cashier} or {manager}.</source>
        <comment>cli.demo_already</comment>
        <translation>Demobutikken i {path} er allerede satt opp ({members} medlemmer). Logg inn som {cashier} eller {manager}.</translation>
    </message>
    <message>
        <source>Demo shop &apos;{shop}&apos; ready at {path} with {members} members. Sign in as {cashier} or {manager}.</source>
        <comment>cli.demo_ready</comment>
        <translation>Demobutikken &apos;{shop}&apos; er klar i {path} med {members} medlemmer. Logg inn som {cashier} eller {manager}.</translation>
    </message>
    <message>
        <source>restore drill of {backup}: OK</source>
        <comment>cli.drill_ok</comment>
        <translation>gjenopprettingsøvelse av {backup}: OK</translation>
    </message>
    <message>
        <source>restore drill of {backup}: {problems} problem(s)</source>
        <comment>cli.drill_problems</comment>
        <translation>gjenopprettingsøvelse av {backup}: {problems} problem(er)</translation>
    </message>
    <message>
        <source>Erasing every member inactive since {day}</source>
        <comment>cli.erasing_inactive</comment>
        <translation>Sletting av alle medlemmer som har vært inaktive siden {day}</translation>
    </message>
    <message>
        <source>Erasing member {member} ({name})</source>
        <comment>cli.erasing_member</comment>
        <translation>Sletting av medlem {member} ({name})</translation>
    </message>
    <message>
        <source>loyalty-pos: {message}</source>
        <comment>cli.error_line</comment>
        <translation>loyalty-pos: {message}</translation>
    </message>
    <message>
        <source>expired {points} points; tier review: {moved_down} of {reviewed} member(s) reviewed moved down</source>
        <comment>cli.expired</comment>
        <translation>{points} poeng utløpt; nivåvurdering: {moved_down} av {reviewed} vurderte medlemmer flyttet ned</translation>
    </message>
    <message>
        <source>NOT verified: the seed or the entries have changed since the draw.</source>
        <comment>cli.giveaway.not_verified</comment>
        <translation>IKKE kontrollert: frøet eller loddene er endret etter trekningen.</translation>
    </message>
    <message>
        <source>Verified: the seed matches the fingerprint published before entries closed, and the entries give these winners.</source>
        <comment>cli.giveaway.verified</comment>
        <translation>Kontrollert: frøet stemmer med fingeravtrykket som ble offentliggjort før påmeldingen stengte, og loddene gir disse vinnerne.</translation>
    </message>
    <message>
        <source>{place}. {member}</source>
        <comment>cli.giveaway.winner</comment>
        <translation>{place}. {member}</translation>
    </message>
    <message>
        <source>copy the database safely, even while the till runs (sealed with a passphrase when DEST is off this machine); &apos;backup drill&apos;: restore the latest backup aside and check it</source>
        <comment>cli.help.backup</comment>
        <translation>kopier databasen trygt, også mens kassen kjører (forseglet med passordfrase når DEST er utenfor denne maskinen); &apos;backup drill&apos;: gjenopprett den nyeste sikkerhetskopien ved siden av og kontroller den</translation>
    </message>
    <message>
        <source>the file or folder to write, or &apos;drill&apos;</source>
        <comment>cli.help.backup.dest</comment>
        <translation>filen eller mappen som skal skrives, eller &apos;drill&apos;</translation>
    </message>
    <message>
        <source>seal the backup even if DEST looks like this machine&apos;s disk (a synced folder)</source>
        <comment>cli.help.backup.off_site</comment>
        <translation>forsegl sikkerhetskopien selv om DEST ser ut som denne maskinens disk (en synkronisert mappe)</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the passphrase (or LOYALTY_POS_BACKUP_PASSPHRASE, or asked)</source>
        <comment>cli.help.backup.passphrase_file</comment>
        <translation>en fil (modus 0600) med passordfrasen (eller LOYALTY_POS_BACKUP_PASSPHRASE, eller du blir spurt)</translation>
    </message>
    <message>
        <source>measure the performance targets of docs/ARCHITECTURE.md section 8</source>
        <comment>cli.help.bench</comment>
        <translation>mål ytelsesmålene i docs/ARCHITECTURE.md avsnitt 8</translation>
    </message>
    <message>
        <source>measure durability even when the store is on tmpfs/ramfs, where fsync is free</source>
        <comment>cli.help.bench.allow_tmpfs</comment>
        <translation>mål varigheten selv når lageret ligger på tmpfs/ramfs, der fsync ikke koster noe</translation>
    </message>
    <message>
        <source>--crash: kill -9 cycles (default 1,000)</source>
        <comment>cli.help.bench.cycles</comment>
        <translation>--crash: kill -9-runder (standard 1,000)</translation>
    </message>
    <message>
        <source>only the {group} group</source>
        <comment>cli.help.bench.group</comment>
        <translation>bare gruppen {group}</translation>
    </message>
    <message>
        <source>one JSON list on stdout</source>
        <comment>cli.help.bench.json</comment>
        <translation>én JSON-liste på stdout</translation>
    </message>
    <message>
        <source>store size (default 1,000,000)</source>
        <comment>cli.help.bench.members</comment>
        <translation>lagerstørrelse (standard 1,000,000)</translation>
    </message>
    <message>
        <source>--crash: the seed of the kill moments (default: a new one, printed)</source>
        <comment>cli.help.bench.seed</comment>
        <translation>--crash: frøet for drepeøyeblikkene (standard: et nytt, skrives ut)</translation>
    </message>
    <message>
        <source>member cards</source>
        <comment>cli.help.cards</comment>
        <translation>medlemskort</translation>
    </message>
    <message>
        <source>the card signing keys: show, export, import, rotate</source>
        <comment>cli.help.cards.key</comment>
        <translation>kortenes signeringsnøkler: show, export, import, rotate</translation>
    </message>
    <message>
        <source>write this till&apos;s keys to a new file for the chain&apos;s other tills</source>
        <comment>cli.help.cards.key.export</comment>
        <translation>skriv denne kassens nøkler til en ny fil for kjedens andre kasser</translation>
    </message>
    <message>
        <source>the key file to write</source>
        <comment>cli.help.cards.key.export.dest</comment>
        <translation>nøkkelfilen som skal skrives</translation>
    </message>
    <message>
        <source>add head office&apos;s keys to this till, or put back this shop&apos;s key file from a backup&apos;s .key file (restart the till afterwards)</source>
        <comment>cli.help.cards.key.import</comment>
        <translation>legg hovedkontorets nøkler til denne kassen, eller legg tilbake butikkens nøkkelfil fra en sikkerhetskopis .key-fil (start kassen på nytt etterpå)</translation>
    </message>
    <message>
        <source>the key file to read</source>
        <comment>cli.help.cards.key.import.source</comment>
        <translation>nøkkelfilen som skal leses</translation>
    </message>
    <message>
        <source>no longer needed: earlier keys stay in the ring, so printed cards keep scanning</source>
        <comment>cli.help.cards.key.replace_printed</comment>
        <translation>trengs ikke lenger: tidligere nøkler blir i nøkkelringen, så utskrevne kort fortsatt kan skannes</translation>
    </message>
    <message>
        <source>sign new cards with a new key; cards printed before keep scanning (restart the till afterwards)</source>
        <comment>cli.help.cards.key.rotate</comment>
        <translation>signer nye kort med en ny nøkkel; kort skrevet ut før kan fortsatt skannes (start kassen på nytt etterpå)</translation>
    </message>
    <message>
        <source>print this till&apos;s key fingerprints (compare them between tills)</source>
        <comment>cli.help.cards.key.show</comment>
        <translation>skriv ut denne kassens nøkkelfingeravtrykk (sammenlign dem mellom kassene)</translation>
    </message>
    <message>
        <source>write a PDF sheet of member cards (default: every card not printed yet)</source>
        <comment>cli.help.cards.print</comment>
        <translation>skriv et PDF-ark med medlemskort (standard: alle kort som ikke er skrevet ut ennå)</translation>
    </message>
    <message>
        <source>only these members&apos; cards (comma-separated card numbers)</source>
        <comment>cli.help.cards.print.members</comment>
        <translation>bare disse medlemmenes kort (kortnumre skilt med komma)</translation>
    </message>
    <message>
        <source>N blank pre-numbered cards to hand out at enrolment</source>
        <comment>cli.help.cards.print.new</comment>
        <translation>N blanke, forhåndsnummererte kort å dele ut ved innmelding</translation>
    </message>
    <message>
        <source>the PDF to write, e.g. cards.pdf</source>
        <comment>cli.help.cards.print.out</comment>
        <translation>PDF-filen som skal skrives, f.eks. cards.pdf</translation>
    </message>
    <message>
        <source>sheet size (default A4)</source>
        <comment>cli.help.cards.print.paper</comment>
        <translation>arkstørrelse (standard A4)</translation>
    </message>
    <message>
        <source>name printed on the cards (default: the shop&apos;s settings)</source>
        <comment>cli.help.cards.print.shop_name</comment>
        <translation>navnet som skrives på kortene (standard: butikkens innstillinger)</translation>
    </message>
    <message>
        <source>verify the database, every balance against its ledger, and the audit chain</source>
        <comment>cli.help.check</comment>
        <translation>kontroller databasen, hver saldo mot poengboken og revisjonskjeden</translation>
    </message>
    <message>
        <source>where the shop&apos;s database lives (default: /var/lib/loyalty-pos or C:\ProgramData\loyalty-pos; the demo&apos;s: the user data folder&apos;s demo/; env LOYALTY_POS_DATA_DIR)</source>
        <comment>cli.help.data_dir</comment>
        <translation>hvor butikkens database ligger (standard: /var/lib/loyalty-pos eller C:\ProgramData\loyalty-pos; demoens: demo/ i brukerens datamappe; env LOYALTY_POS_DATA_DIR)</translation>
    </message>
    <message>
        <source>seed a demo shop in its own folder and open the till on it</source>
        <comment>cli.help.demo</comment>
        <translation>lag en demobutikk i sin egen mappe og åpne kassen på den</translation>
    </message>
    <message>
        <source>members to create (default 1,000)</source>
        <comment>cli.help.demo.members</comment>
        <translation>medlemmer som skal opprettes (standard 1,000)</translation>
    </message>
    <message>
        <source>seed only; do not open the till</source>
        <comment>cli.help.demo.no_gui</comment>
        <translation>bare lag dataene; ikke åpne kassen</translation>
    </message>
    <message>
        <source>random seed for reproducible demo data</source>
        <comment>cli.help.demo.seed</comment>
        <translation>tilfeldig frø for demodata som kan gjenskapes</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <comment>cli.help.enrolment_code</comment>
        <translation>engangs registreringskoden</translation>
    </message>
    <message>
        <source>expire lapsed points and apply the yearly tier review now (the till also does both daily)</source>
        <comment>cli.help.expire</comment>
        <translation>la utgåtte poeng utløpe og kjør den årlige nivågjennomgangen nå (kassen gjør også begge daglig)</translation>
    </message>
    <message>
        <source>giveaway draws</source>
        <comment>cli.help.giveaway</comment>
        <translation>trekninger</translation>
    </message>
    <message>
        <source>the giveaway reward&apos;s id (as in the back office)</source>
        <comment>cli.help.giveaway.reward</comment>
        <translation>id-en til trekningens belønning (som i administrasjonen)</translation>
    </message>
    <message>
        <source>recompute a drawn giveaway&apos;s winners from its entries and revealed seed</source>
        <comment>cli.help.giveaway.verify</comment>
        <translation>regn ut vinnerne av en trekning på nytt fra loddene og det avslørte frøet</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <comment>cli.help.help</comment>
        <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
        <source>set a new shop up without a window (scripted installs); refuses a folder that holds a shop</source>
        <comment>cli.help.init</comment>
        <translation>sett opp en ny butikk uten vindu (skriptede installasjoner); avviser en mappe som har en butikk</translation>
    </message>
    <message>
        <source>a line of the shop&apos;s address, kept for receipts (repeat for up to 3 lines)</source>
        <comment>cli.help.init.address</comment>
        <translation>en linje av butikkens adresse, til kvitteringer (gjenta for opptil 3 linjer)</translation>
    </message>
    <message>
        <source>two-letter country code, e.g. NO, ID, TW</source>
        <comment>cli.help.init.country</comment>
        <translation>landkode på to bokstaver, f.eks. NO, ID, TW</translation>
    </message>
    <message>
        <source>ISO currency of the prices (default: the country&apos;s)</source>
        <comment>cli.help.init.currency</comment>
        <translation>ISO-valuta for prisene (standard: landets)</translation>
    </message>
    <message>
        <source>Set a new shop up. Unset region options follow this computer&apos;s locale and time zone. The manager&apos;s PIN is asked twice, or read from --pin-file (mode 0600).</source>
        <comment>cli.help.init.description</comment>
        <translation>Sett opp en ny butikk. Regionvalg som ikke er satt, følger denne datamaskinens språkinnstilling og tidssone. Lederens PIN spørres om to ganger, eller leses fra --pin-file (modus 0600).</translation>
    </message>
    <message>
        <source>the shop&apos;s language (default: the country&apos;s)</source>
        <comment>cli.help.init.language</comment>
        <translation>butikkens språk (standard: landets)</translation>
    </message>
    <message>
        <source>the shop&apos;s logo for member cards (a PNG file)</source>
        <comment>cli.help.init.logo</comment>
        <translation>butikkens logo til medlemskortene (en PNG-fil)</translation>
    </message>
    <message>
        <source>the first manager&apos;s user name</source>
        <comment>cli.help.init.manager</comment>
        <translation>brukernavnet til den første lederen</translation>
    </message>
    <message>
        <source>the manager&apos;s full name (default: NAME)</source>
        <comment>cli.help.init.manager_name</comment>
        <translation>lederens fulle navn (standard: NAME)</translation>
    </message>
    <message>
        <source>a file (mode 0600) whose first line is the manager&apos;s new PIN</source>
        <comment>cli.help.init.pin_file</comment>
        <translation>en fil (modus 0600) der første linje er lederens nye PIN</translation>
    </message>
    <message>
        <source>starter program: simple points, points and tiers, or a stamp card (buy 9, 10th free)</source>
        <comment>cli.help.init.program</comment>
        <translation>startprogram: enkle poeng, poeng og nivåer, eller stempelkort (kjøp 9, den 10. gratis)</translation>
    </message>
    <message>
        <source>where receipts go, e.g. escpos-network:192.168.1.50 (default: PDF files in the data folder)</source>
        <comment>cli.help.init.receipt_printer</comment>
        <translation>hvor kvitteringene går, f.eks. escpos-network:192.168.1.50 (standard: PDF-filer i datamappen)</translation>
    </message>
    <message>
        <source>the shop&apos;s name as customers know it</source>
        <comment>cli.help.init.shop_name</comment>
        <translation>butikkens navn slik kundene kjenner det</translation>
    </message>
    <message>
        <source>stamp card: the item that earns a stamp, e.g. Coffee</source>
        <comment>cli.help.init.stamp_item</comment>
        <translation>stempelkort: varen som gir et stempel, f.eks. Kaffe</translation>
    </message>
    <message>
        <source>stamp card: that item&apos;s price, e.g. 35.00</source>
        <comment>cli.help.init.stamp_price</comment>
        <translation>stempelkort: prisen på den varen, f.eks. 35.00</translation>
    </message>
    <message>
        <source>shelf prices include tax (VAT/GST) or are before tax (default: included)</source>
        <comment>cli.help.init.tax_mode</comment>
        <translation>hyllepriser er med mva. eller uten (standard: med)</translation>
    </message>
    <message>
        <source>basket: ring products up here; amount: the shop&apos;s own cash register rings sales up and the till records each sale&apos;s amount for points (default basket)</source>
        <comment>cli.help.init.till_mode</comment>
        <translation>basket: slå inn varer her; amount: butikkens eget kasseapparat slår inn salget, og kassen registrerer hvert salgs beløp for poeng (standard basket)</translation>
    </message>
    <message>
        <source>e.g. Europe/Oslo (default: this computer&apos;s)</source>
        <comment>cli.help.init.timezone</comment>
        <translation>f.eks. Europe/Oslo (standard: denne datamaskinens)</translation>
    </message>
    <message>
        <source>make this folder a till of a chain instead of a new shop: register with the enrolment code and pull the shop, card keys, staff, program, catalog and members</source>
        <comment>cli.help.join</comment>
        <translation>gjør denne mappen til en kasse i en kjede i stedet for en ny butikk: registrer med registreringskoden og hent butikken, kortnøklene, de ansatte, programmet, katalogen og medlemmene</translation>
    </message>
    <message>
        <source>the one-time enrolment code from &apos;loyalty-pos serve add-terminal&apos;</source>
        <comment>cli.help.join.code</comment>
        <translation>engangs registreringskoden fra &apos;loyalty-pos serve add-terminal&apos;</translation>
    </message>
    <message>
        <source>the manager&apos;s user name</source>
        <comment>cli.help.manager</comment>
        <translation>lederens brukernavn</translation>
    </message>
    <message>
        <source>a file holding the manager&apos;s PIN, readable by its owner only (or set LOYALTY_POS_PIN, or type it when asked)</source>
        <comment>cli.help.manager_pin_file</comment>
        <translation>en fil med lederens PIN, som bare eieren kan lese (eller sett LOYALTY_POS_PIN, eller skriv den når du blir spurt)</translation>
    </message>
    <message>
        <source>look a member up by card number; or: member export|erase ID, member retention --years N</source>
        <comment>cli.help.member</comment>
        <translation>slå opp et medlem med kortnummer; eller: member export|erase ID, member retention --years N</translation>
    </message>
    <message>
        <source>retention: erase the members listed</source>
        <comment>cli.help.member.erase</comment>
        <translation>retention: slett medlemmene som er listet</translation>
    </message>
    <message>
        <source>export: where to write (FILE.pdf: a readable PDF; otherwise JSON)</source>
        <comment>cli.help.member.out</comment>
        <translation>export: hvor det skal skrives (FILE.pdf: en lesbar PDF; ellers JSON)</translation>
    </message>
    <message>
        <source>export/erase: the member&apos;s id or card number</source>
        <comment>cli.help.member.target</comment>
        <translation>export/erase: medlemmets id eller kortnummer</translation>
    </message>
    <message>
        <source>a 16-digit card number (spaces allowed) to look up, or a privacy action</source>
        <comment>cli.help.member.what</comment>
        <translation>et 16-sifret kortnummer (mellomrom tillatt) å slå opp, eller en personvernhandling</translation>
    </message>
    <message>
        <source>retention: members with no sale or points activity for N years</source>
        <comment>cli.help.member.years</comment>
        <translation>retention: medlemmer uten salg eller poengaktivitet på N år</translation>
    </message>
    <message>
        <source>erase without asking to type ERASE (for scripts; it cannot be undone)</source>
        <comment>cli.help.member.yes</comment>
        <translation>slett uten å be om å skrive ERASE (for skript; det kan ikke angres)</translation>
    </message>
    <message>
        <source>manager corrections and household transfers</source>
        <comment>cli.help.points</comment>
        <translation>lederrettelser og overføringer i husstanden</translation>
    </message>
    <message>
        <source>add (or with a minus sign, remove) points with a reason</source>
        <comment>cli.help.points.adjust</comment>
        <translation>legg til (eller med minustegn, trekk fra) poeng med en begrunnelse</translation>
    </message>
    <message>
        <source>the member&apos;s card number</source>
        <comment>cli.help.points.card</comment>
        <translation>medlemmets kortnummer</translation>
    </message>
    <message>
        <source>the card number of the member who gives the points</source>
        <comment>cli.help.points.from_card</comment>
        <translation>kortnummeret til medlemmet som gir poengene</translation>
    </message>
    <message>
        <source>how many points</source>
        <comment>cli.help.points.points</comment>
        <translation>hvor mange poeng</translation>
    </message>
    <message>
        <source>why (kept in the ledger)</source>
        <comment>cli.help.points.reason</comment>
        <translation>hvorfor (lagres i poengboken)</translation>
    </message>
    <message>
        <source>the card number of the member who receives them</source>
        <comment>cli.help.points.to_card</comment>
        <translation>kortnummeret til medlemmet som får dem</translation>
    </message>
    <message>
        <source>move points between members in steps of 1,000</source>
        <comment>cli.help.points.transfer</comment>
        <translation>flytt poeng mellom medlemmer i trinn på 1,000</translation>
    </message>
    <message>
        <source>Offline-first point-of-sale loyalty terminal (no command: open the till)</source>
        <comment>cli.help.program</comment>
        <translation>Kundeklubbterminal for kassen som virker uten nett (uten kommando: åpne kassen)</translation>
    </message>
    <message>
        <source>reports to read at the shop</source>
        <comment>cli.help.report</comment>
        <translation>rapporter å lese i butikken</translation>
    </message>
    <message>
        <source>end of day per till and cashier: sales, returns, money per tender, points</source>
        <comment>cli.help.report.day</comment>
        <translation>dagsoppgjør per kasse og kasserer: salg, returer, penger per betalingsmåte, poeng</translation>
    </message>
    <message>
        <source>the shop&apos;s local date (default: today there)</source>
        <comment>cli.help.report.day.date</comment>
        <translation>butikkens lokale dato (standard: i dag der)</translation>
    </message>
    <message>
        <source>only this terminal</source>
        <comment>cli.help.report.day.terminal</comment>
        <translation>bare denne terminalen</translation>
    </message>
    <message>
        <source>replace the database with a backup that passes check</source>
        <comment>cli.help.restore</comment>
        <translation>erstatt databasen med en sikkerhetskopi som består kontrollen</translation>
    </message>
    <message>
        <source>replace this shop with another shop&apos;s backup (its data and card keys)</source>
        <comment>cli.help.restore.other_shop</comment>
        <translation>erstatt denne butikken med en annen butikks sikkerhetskopi (dataene og kortnøklene)</translation>
    </message>
    <message>
        <source>the sealed backup&apos;s passphrase file</source>
        <comment>cli.help.restore.passphrase_file</comment>
        <translation>passordfrasefilen til den forseglede sikkerhetskopien</translation>
    </message>
    <message>
        <source>restore a backup whose card keys differ from this till&apos;s (cards printed with this till&apos;s keys then read as forged; its keys are kept aside either way)</source>
        <comment>cli.help.restore.replace_printed</comment>
        <translation>gjenopprett en sikkerhetskopi med andre kortnøkler enn denne kassens (kort skrevet ut med denne kassens nøkler leses da som forfalsket; nøklene legges til side uansett)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <comment>cli.help.restore.source</comment>
        <translation>sikkerhetskopifilen som skal gjenopprettes</translation>
    </message>
    <message>
        <source>sales from another cash register</source>
        <comment>cli.help.sales</comment>
        <translation>salg fra et annet kasseapparat</translation>
    </message>
    <message>
        <source>import a register&apos;s CSV export (card or phone, amount, date, [time], receipt, [register], [category]); a receipt seen before is skipped</source>
        <comment>cli.help.sales.import</comment>
        <translation>importer en CSV-eksport fra et kasseapparat (kort eller telefon, beløp, dato, [tid], kvittering, [kasseapparat], [kategori]); en kvittering som er sett før hoppes over</translation>
    </message>
    <message>
        <source>show each row&apos;s outcome and store nothing</source>
        <comment>cli.help.sales.import.dry_run</comment>
        <translation>vis utfallet for hver rad og lagre ingenting</translation>
    </message>
    <message>
        <source>the CSV file to import</source>
        <comment>cli.help.sales.import.file</comment>
        <translation>CSV-filen som skal importeres</translation>
    </message>
    <message>
        <source>run the chain&apos;s sync server; serve add-terminal|revoke-terminal|list-terminals|migrate</source>
        <comment>cli.help.serve</comment>
        <translation>kjør kjedens synkroniseringsserver; serve add-terminal|revoke-terminal|list-terminals|migrate</translation>
    </message>
    <message>
        <source>create a terminal and print its one-time enrolment code</source>
        <comment>cli.help.serve.add_terminal</comment>
        <translation>opprett en terminal og skriv ut engangs registreringskoden</translation>
    </message>
    <message>
        <source>may publish the program, catalog and card keys to the chain</source>
        <comment>cli.help.serve.add_terminal.head_office</comment>
        <translation>kan publisere programmet, katalogen og kortnøklene til kjeden</translation>
    </message>
    <message>
        <source>the shop this terminal belongs to (the till&apos;s shop id; default &apos;main&apos;)</source>
        <comment>cli.help.serve.add_terminal.shop</comment>
        <translation>butikken denne terminalen hører til (kassens butikk-id; standard &apos;main&apos;)</translation>
    </message>
    <message>
        <source>the server&apos;s database, postgresql+psycopg://user:pass@host/db (default: an embedded SQLite file in the data folder, to try it out)</source>
        <comment>cli.help.serve.db</comment>
        <translation>serverens database, postgresql+psycopg://user:pass@host/db (standard: en innebygd SQLite-fil i datamappen, for å prøve)</translation>
    </message>
    <message>
        <source>address to listen on (default 127.0.0.1: this machine only)</source>
        <comment>cli.help.serve.host</comment>
        <translation>adressen å lytte på (standard 127.0.0.1: bare denne maskinen)</translation>
    </message>
    <message>
        <source>the terminals, their shops and whether they are enrolled</source>
        <comment>cli.help.serve.list_terminals</comment>
        <translation>terminalene, butikkene deres og om de er registrert</translation>
    </message>
    <message>
        <source>bring the database&apos;s schema to this release&apos;s (once, under a lock)</source>
        <comment>cli.help.serve.migrate</comment>
        <translation>oppdater databasens skjema til denne versjonens (én gang, under en lås)</translation>
    </message>
    <message>
        <source>upgrade the schema without a backup first (PostgreSQL without pg_dump on PATH)</source>
        <comment>cli.help.serve.no_backup</comment>
        <translation>oppgrader skjemaet uten sikkerhetskopi først (PostgreSQL uten pg_dump på PATH)</translation>
    </message>
    <message>
        <source>port (default 8765)</source>
        <comment>cli.help.serve.port</comment>
        <translation>port (standard 8765)</translation>
    </message>
    <message>
        <source>refuse every later request of a terminal&apos;s token</source>
        <comment>cli.help.serve.revoke_terminal</comment>
        <translation>avvis alle senere forespørsler med en terminals token</translation>
    </message>
    <message>
        <source>the terminal&apos;s name</source>
        <comment>cli.help.serve.terminal</comment>
        <translation>terminalens navn</translation>
    </message>
    <message>
        <source>API worker processes (default 1)</source>
        <comment>cli.help.serve.workers</comment>
        <translation>API-arbeidsprosesser (standard 1)</translation>
    </message>
    <message>
        <source>the chain server, https://host[:port] (http:// only on this machine)</source>
        <comment>cli.help.server_url</comment>
        <translation>kjedeserveren, https://host[:port] (http:// bare på denne maskinen)</translation>
    </message>
    <message>
        <source>with --smoke-test: save a picture of that first screen</source>
        <comment>cli.help.smoke_screenshot</comment>
        <translation>med --smoke-test: lagre et bilde av det første skjermbildet</translation>
    </message>
    <message>
        <source>open the till (or the first-run setup), close it once its first screen is up and say which screen that was: checks an installation</source>
        <comment>cli.help.smoke_test</comment>
        <translation>åpne kassen (eller førstegangsoppsettet), lukk den når det første skjermbildet er oppe og si hvilket det var: kontrollerer en installasjon</translation>
    </message>
    <message>
        <source>with --smoke-test: fail, saying where the start waited, if its first screen has not come up and closed after this long (default {seconds})</source>
        <comment>cli.help.smoke_timeout</comment>
        <translation>med --smoke-test: feil, og si hvor oppstarten ventet, hvis det første skjermbildet ikke har kommet opp og lukket seg etter så lang tid (standard {seconds})</translation>
    </message>
    <message>
        <source>staff accounts: add, list, disable, reset a PIN; recover a forgotten manager PIN</source>
        <comment>cli.help.staff</comment>
        <translation>ansattkontoer: legg til, list opp, deaktiver, tilbakestill en PIN; gjenopprett en glemt leder-PIN</translation>
    </message>
    <message>
        <source>a new cashier or manager, with their first PIN</source>
        <comment>cli.help.staff.add</comment>
        <translation>en ny kasserer eller leder, med den første PIN-koden</translation>
    </message>
    <message>
        <source>their name as colleagues know it</source>
        <comment>cli.help.staff.add.name</comment>
        <translation>navnet slik kollegene kjenner det</translation>
    </message>
    <message>
        <source>cashier or manager (default: cashier)</source>
        <comment>cli.help.staff.add.role</comment>
        <translation>kasserer eller leder (standard: kasserer)</translation>
    </message>
    <message>
        <source>what they type at sign-in (letters, digits, dots, underscores)</source>
        <comment>cli.help.staff.add.username</comment>
        <translation>det de skriver ved innlogging (bokstaver, sifre, punktum, understreker)</translation>
    </message>
    <message>
        <source>stop an account from signing in (its history stays)</source>
        <comment>cli.help.staff.disable</comment>
        <translation>hindre en konto i å logge inn (historikken blir)</translation>
    </message>
    <message>
        <source>every account, its role and whether it can sign in</source>
        <comment>cli.help.staff.list</comment>
        <translation>alle kontoer, rollen deres og om de kan logge inn</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the account&apos;s new PIN (else it is asked twice)</source>
        <comment>cli.help.staff.new_pin_file</comment>
        <translation>en fil (modus 0600) med kontoens nye PIN (ellers spørres det om den to ganger)</translation>
    </message>
    <message>
        <source>the shop&apos;s only manager forgot the PIN: set a new one with the recovery code printed at setup</source>
        <comment>cli.help.staff.recover</comment>
        <translation>butikkens eneste leder har glemt PIN-koden: sett en ny med gjenopprettingskoden som ble skrevet ut ved oppsettet</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the recovery code (else it is asked)</source>
        <comment>cli.help.staff.recover.code_file</comment>
        <translation>en fil (modus 0600) med gjenopprettingskoden (ellers spørres det om den)</translation>
    </message>
    <message>
        <source>whose PIN to set (default: the shop&apos;s only manager)</source>
        <comment>cli.help.staff.recover.manager</comment>
        <translation>hvem sin PIN som skal settes (standard: butikkens eneste leder)</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding the new PIN (else it is asked twice)</source>
        <comment>cli.help.staff.recover.pin_file</comment>
        <translation>en fil (modus 0600) med den nye PIN-koden (ellers spørres det om den to ganger)</translation>
    </message>
    <message>
        <source>set a new PIN for an account and lift a lock-out</source>
        <comment>cli.help.staff.reset_pin</comment>
        <translation>sett en ny PIN for en konto og opphev en utestengning</translation>
    </message>
    <message>
        <source>the account&apos;s user name</source>
        <comment>cli.help.staff.username</comment>
        <translation>kontoens brukernavn</translation>
    </message>
    <message>
        <source>one sync round with the chain server (push, pull); &apos;sync register URL CODE&apos; joins this till to a chain</source>
        <comment>cli.help.sync</comment>
        <translation>én synkroniseringsrunde med kjedeserveren (send, hent); &apos;sync register URL CODE&apos; knytter denne kassen til en kjede</translation>
    </message>
    <message>
        <source>exchange the enrolment code from &apos;loyalty-pos serve add-terminal&apos; for this till&apos;s terminal id and token</source>
        <comment>cli.help.sync.register</comment>
        <translation>bytt registreringskoden fra &apos;loyalty-pos serve add-terminal&apos; mot denne kassens terminal-id og token</translation>
    </message>
    <message>
        <source>this till&apos;s name on the server (default: the computer&apos;s name)</source>
        <comment>cli.help.till_name</comment>
        <translation>denne kassens navn på serveren (standard: datamaskinens navn)</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <comment>cli.help.version</comment>
        <translation>skriv ut versjonen og avslutt</translation>
    </message>
    <message>
        <source>your manager user name (default: the shop&apos;s only manager)</source>
        <comment>cli.help.your_manager</comment>
        <translation>ditt lederbrukernavn (standard: butikkens eneste leder)</translation>
    </message>
    <message>
        <source>a file (mode 0600) holding your PIN (or set LOYALTY_POS_PIN; else it is asked)</source>
        <comment>cli.help.your_pin_file</comment>
        <translation>en fil (modus 0600) med PIN-koden din (eller sett LOYALTY_POS_PIN; ellers spørres det om den)</translation>
    </message>
    <message>
        <source>amount</source>
        <comment>cli.import_column_amount</comment>
        <translation>beløp</translation>
    </message>
    <message>
        <source>line</source>
        <comment>cli.import_column_line</comment>
        <translation>linje</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>cli.import_column_outcome</comment>
        <translation>resultat</translation>
    </message>
    <message>
        <source>points</source>
        <comment>cli.import_column_points</comment>
        <translation>poeng</translation>
    </message>
    <message>
        <source>receipt</source>
        <comment>cli.import_column_receipt</comment>
        <translation>kvittering</translation>
    </message>
    <message>
        <source>imported</source>
        <comment>cli.import_done</comment>
        <translation>importert</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <comment>cli.import_refused</comment>
        <translation>avvist: {reason}</translation>
    </message>
    <message>
        <source>{imported} row(s) imported, {refused} refused</source>
        <comment>cli.import_summary</comment>
        <translation>{imported} rad(er) importert, {refused} avvist</translation>
    </message>
    <message>
        <source>{imported} row(s) would be imported, {refused} refused</source>
        <comment>cli.import_summary_dry</comment>
        <translation>{imported} rad(er) ville blitt importert, {refused} avvist</translation>
    </message>
    <message>
        <source>would import</source>
        <comment>cli.import_would</comment>
        <translation>ville importert</translation>
    </message>
    <message>
        <source>{count} member(s) inactive since {day}</source>
        <comment>cli.inactive_count</comment>
        <translation>{count} medlem(mer) inaktive siden {day}</translation>
    </message>
    <message>
        <source>{count} member(s) (and more) inactive since {day}</source>
        <comment>cli.inactive_count_more</comment>
        <translation>{count} medlem(mer) (og flere) inaktive siden {day}</translation>
    </message>
    <message>
        <source>{erased} member(s) erased, {points} points forfeited</source>
        <comment>cli.inactive_erased</comment>
        <translation>{erased} medlem(mer) slettet, {points} poeng tapt</translation>
    </message>
    <message>
        <source>{member}  last activity {last}  {name}</source>
        <comment>cli.inactive_row</comment>
        <translation>{member}  siste aktivitet {last}  {name}</translation>
    </message>
    <message>
        <source>checking what arrived...</source>
        <comment>cli.join_step_check</comment>
        <translation>kontrollerer det som kom...</translation>
    </message>
    <message>
        <source>pulling the chain (members, head office&apos;s shop)...</source>
        <comment>cli.join_step_pull</comment>
        <translation>henter kjeden (medlemmer, hovedkontorets butikk)...</translation>
    </message>
    <message>
        <source>registering with the chain server...</source>
        <comment>cli.join_step_register</comment>
        <translation>registrerer hos kjedeserveren...</translation>
    </message>
    <message>
        <source>saving the shop...</source>
        <comment>cli.join_step_save</comment>
        <translation>lagrer butikken...</translation>
    </message>
    <message>
        <source>joined the chain as terminal {terminal}: {shop}, {members} member(s); first backup {backup}</source>
        <comment>cli.joined</comment>
        <translation>ble med i kjeden som terminal {terminal}: {shop}, {members} medlem(mer); første sikkerhetskopi {backup}</translation>
    </message>
    <message>
        <source>added {added} key(s)</source>
        <comment>cli.key_added</comment>
        <translation>la til {added} nøkkel(er)</translation>
    </message>
    <message>
        <source>wrote the card keys ({fingerprints}) to {path}; keep it secret, import it on each till with: loyalty-pos cards key import FILE</source>
        <comment>cli.key_exported</comment>
        <translation>skrev kortnøklene ({fingerprints}) til {path}; hold den hemmelig, importer den på hver kasse med: loyalty-pos cards key import FILE</translation>
    </message>
    <message>
        <source>key file: {path}</source>
        <comment>cli.key_file</comment>
        <translation>nøkkelfil: {path}</translation>
    </message>
    <message>
        <source>card key fingerprint {fingerprint}</source>
        <comment>cli.key_fingerprint</comment>
        <translation>fingeravtrykk for kortnøkkel {fingerprint}</translation>
    </message>
    <message>
        <source>card key fingerprint {fingerprint}  (current: signs new cards)</source>
        <comment>cli.key_fingerprint_current</comment>
        <translation>fingeravtrykk for kortnøkkel {fingerprint}  (gjeldende: signerer nye kort)</translation>
    </message>
    <message>
        <source>{what}{kept}; this till now signs cards with the key {current} and checks them with {fingerprints}; restart the till to use it</source>
        <comment>cli.key_imported</comment>
        <translation>{what}{kept}; denne kassen signerer nå kort med nøkkelen {current} og kontrollerer dem med {fingerprints}; start kassen på nytt for å bruke den</translation>
    </message>
    <message>
        <source> (the file it replaced is kept as {path})</source>
        <comment>cli.key_kept</comment>
        <translation> (filen den erstattet er beholdt som {path})</translation>
    </message>
    <message>
        <source>no card key on record for this shop</source>
        <comment>cli.key_none</comment>
        <translation>ingen kortnøkkel registrert for denne butikken</translation>
    </message>
    <message>
        <source>put back this shop&apos;s card keys</source>
        <comment>cli.key_repaired</comment>
        <translation>la tilbake butikkens kortnøkler</translation>
    </message>
    <message>
        <source>new cards are now signed with the key {current}; cards printed with the earlier key(s) {earlier} still scan. Restart the till to use it</source>
        <comment>cli.key_rotated</comment>
        <translation>nye kort signeres nå med nøkkelen {current}; kort skrevet ut med tidligere nøkkel(er) {earlier} kan fortsatt skannes. Start kassen på nytt for å bruke den</translation>
    </message>
    <message>
        <source>member {member} was already erased: nothing changed</source>
        <comment>cli.member_already_erased</comment>
        <translation>medlem {member} var allerede slettet: ingenting ble endret</translation>
    </message>
    <message>
        <source>  balance  {points} points</source>
        <comment>cli.member_balance</comment>
        <translation>  saldo    {points} poeng</translation>
    </message>
    <message>
        <source>member {member} erased: {points} points forfeited, {cards} card(s) blocked, {receipts} stored receipt(s) anonymised</source>
        <comment>cli.member_erased</comment>
        <translation>medlem {member} slettet: {points} poeng tapt, {cards} kort sperret, {receipts} lagrede kvitteringer anonymisert</translation>
    </message>
    <message>
        <source>  expiring {points} points on {day}</source>
        <comment>cli.member_expiring</comment>
        <translation>  utløper  {points} poeng den {day}</translation>
    </message>
    <message>
        <source>member {member}: data written to {path} ({format})</source>
        <comment>cli.member_exported</comment>
        <translation>medlem {member}: data skrevet til {path} ({format})</translation>
    </message>
    <message>
        <source>  next tier {tier}: {amount} more spend</source>
        <comment>cli.member_next_tier</comment>
        <translation>  neste nivå {tier}: {amount} mer i kjøp</translation>
    </message>
    <message>
        <source>  tier     {tier}</source>
        <comment>cli.member_tier</comment>
        <translation>  nivå     {tier}</translation>
    </message>
    <message>
        <source>never</source>
        <comment>cli.never</comment>
        <translation>aldri</translation>
    </message>
    <message>
        <source>(no backup)</source>
        <comment>cli.no_backup</comment>
        <translation>(ingen sikkerhetskopi)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>cli.none</comment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>no member has been inactive since {day}</source>
        <comment>cli.none_inactive</comment>
        <translation>ingen medlemmer har vært inaktive siden {day}</translation>
    </message>
    <message>
        <source>not erased: ERASE was not typed</source>
        <comment>cli.not_erased</comment>
        <translation>ikke slettet: ERASE ble ikke skrevet</translation>
    </message>
    <message>
        <source>NOTE: {note}</source>
        <comment>cli.note</comment>
        <translation>MERK: {note}</translation>
    </message>
    <message>
        <source>new PIN set for {username}; a lock-out, if any, is lifted</source>
        <comment>cli.pin_reset</comment>
        <translation>ny PIN-kode satt for {username}; en eventuell utestengning er opphevet</translation>
    </message>
    <message>
        <source>{name}: {points} points ({reason}); balance {balance}</source>
        <comment>cli.points_adjusted</comment>
        <translation>{name}: {points} poeng ({reason}); saldo {balance}</translation>
    </message>
    <message>
        <source>moved {points} points from {giver} (now {given}) to {receiver} (now {received})</source>
        <comment>cli.points_moved</comment>
        <translation>flyttet {points} poeng fra {giver} (nå {given}) til {receiver} (nå {received})</translation>
    </message>
    <message>
        <source>PROBLEM: {problem}</source>
        <comment>cli.problem</comment>
        <translation>PROBLEM: {problem}</translation>
    </message>
    <message>
        <source>{what} cannot be undone. Type ERASE to go ahead:</source>
        <comment>cli.prompt.erase</comment>
        <translation>{what} kan ikke angres. Skriv ERASE for å fortsette:</translation>
    </message>
    <message>
        <source>PIN of the manager {manager} (not shown):</source>
        <comment>cli.prompt.manager_pin</comment>
        <translation>PIN for lederen {manager} (vises ikke):</translation>
    </message>
    <message>
        <source>New PIN for {whose} (4-12 digits, not shown):</source>
        <comment>cli.prompt.new_pin</comment>
        <translation>Ny PIN for {whose} (4–12 sifre, vises ikke):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <comment>cli.prompt.new_pin_again</comment>
        <translation>Samme PIN én gang til:</translation>
    </message>
    <message>
        <source>Backup passphrase (not shown):</source>
        <comment>cli.prompt.passphrase</comment>
        <translation>Passordfrase for sikkerhetskopien (vises ikke):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <comment>cli.prompt.passphrase_again</comment>
        <translation>Samme passordfrase én gang til:</translation>
    </message>
    <message>
        <source>Recovery code (as printed at setup; not shown):</source>
        <comment>cli.prompt.recovery_code</comment>
        <translation>Gjenopprettingskode (som skrevet ut ved oppsettet; vises ikke):</translation>
    </message>
    <message>
        <source>new PIN set for {manager}; sign in with it.</source>
        <comment>cli.recovered</comment>
        <translation>ny PIN-kode satt for {manager}; logg inn med den.</translation>
    </message>
    <message>
        <source>The recovery code just used no longer works. The new one is shown only this once: write it down.</source>
        <comment>cli.recovery_code_replaced</comment>
        <translation>Gjenopprettingskoden som nettopp ble brukt virker ikke lenger. Den nye vises bare denne ene gangen: skriv den ned.</translation>
    </message>
    <message>
        <source>loyalty-pos serve: the sync server needs packages this install does not have ({package}).
Install them with: pip install &apos;loyalty-pos[server]&apos;</source>
        <comment>cli.serve_missing</comment>
        <translation>loyalty-pos serve: synkroniseringsserveren trenger pakker denne installasjonen ikke har ({package}).
Installer dem med: pip install &apos;loyalty-pos[server]&apos;</translation>
    </message>
    <message>
        <source>  first backup: {path}</source>
        <comment>cli.setup_backup</comment>
        <translation>  første sikkerhetskopi: {path}</translation>
    </message>
    <message>
        <source>The shop {name!r} is set up in {path}.</source>
        <comment>cli.setup_done</comment>
        <translation>Butikken {name!r} er satt opp i {path}.</translation>
    </message>
    <message>
        <source>  manager:      {manager} (signs in with the PIN just chosen)</source>
        <comment>cli.setup_manager</comment>
        <translation>  leder:        {manager} (logger inn med PIN-koden som nettopp ble valgt)</translation>
    </message>
    <message>
        <source>  program:      {program} (version {version}, published)</source>
        <comment>cli.setup_program</comment>
        <translation>  program:      {program} (versjon {version}, publisert)</translation>
    </message>
    <message>
        <source>Recovery code. It is shown only this once: write it down and keep it away from the till.</source>
        <comment>cli.setup_recovery_code</comment>
        <translation>Gjenopprettingskode. Den vises bare denne ene gangen: skriv den ned og oppbevar den unna kassen.</translation>
    </message>
    <message>
        <source>If the shop&apos;s only manager forgets the PIN, &apos;loyalty-pos staff recover&apos; asks for it.</source>
        <comment>cli.setup_recovery_use</comment>
        <translation>Hvis butikkens eneste leder glemmer PIN-koden, spør &apos;loyalty-pos staff recover&apos; etter den.</translation>
    </message>
    <message>
        <source>no first screen came up and closed within {seconds} s; where each thread was:
{stacks}</source>
        <comment>cli.smoke.deadline</comment>
        <translation>ingen første skjerm kom opp og lukket seg innen {seconds} s; hvor hver tråd var:
{stacks}</translation>
    </message>
    <message>
        <source>smoke test failed: exit code {code}, first screen {screen}</source>
        <comment>cli.smoke_failed</comment>
        <translation>røyktest feilet: avslutningskode {code}, første skjerm {screen}</translation>
    </message>
    <message>
        <source>smoke test passed: the till opened on {screen} and closed</source>
        <comment>cli.smoke_passed</comment>
        <translation>røyktest bestått: kassen åpnet på {screen} og lukket seg</translation>
    </message>
    <message>
        <source>active</source>
        <comment>cli.staff_active</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>added the {role} {username} ({name}); they sign in with the new PIN</source>
        <comment>cli.staff_added</comment>
        <translation>la til {role} {username} ({name}); de logger inn med den nye PIN-koden</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>cli.staff_column_name</comment>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>ROLE</source>
        <comment>cli.staff_column_role</comment>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <comment>cli.staff_column_status</comment>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>USER NAME</source>
        <comment>cli.staff_column_user</comment>
        <translation>BRUKERNAVN</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>cli.staff_disabled</comment>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>{username} can no longer sign in; their sales and history stay</source>
        <comment>cli.staff_disabled_done</comment>
        <translation>{username} kan ikke lenger logge inn; salg og historikk blir stående</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <comment>cli.staff_locked_until</comment>
        <translation>låst til {time}</translation>
    </message>
    <message>
        <source>card sheet pages</source>
        <comment>cli.stage.card_sheet_pages</comment>
        <translation>kortarksider</translation>
    </message>
    <message>
        <source>erasing</source>
        <comment>cli.stage.erasing</comment>
        <translation>sletter</translation>
    </message>
    <message>
        <source>history</source>
        <comment>cli.stage.history</comment>
        <translation>historikk</translation>
    </message>
    <message>
        <source>indexing</source>
        <comment>cli.stage.indexing</comment>
        <translation>indekserer</translation>
    </message>
    <message>
        <source>members</source>
        <comment>cli.stage.members</comment>
        <translation>medlemmer</translation>
    </message>
    <message>
        <source>warning: this computer&apos;s clock differs from the server&apos;s by {seconds} s</source>
        <comment>cli.sync_clock_skew</comment>
        <translation>advarsel: klokken på denne datamaskinen avviker fra serverens med {seconds} s</translation>
    </message>
    <message>
        <source>{count} member(s) below zero after the merge (two tills spent the same points offline): {members}</source>
        <comment>cli.sync_negative</comment>
        <translation>{count} medlem(mer) under null etter sammenslåingen (to kasser brukte de samme poengene frakoblet): {members}</translation>
    </message>
    <message>
        <source>{parked} pulled event(s) wait for a member this till has not received yet</source>
        <comment>cli.sync_parked</comment>
        <translation>{parked} hentede hendelse(r) venter på et medlem denne kassen ikke har mottatt ennå</translation>
    </message>
    <message>
        <source>registered as terminal {terminal} of shop {shop} at {url}; run &apos;loyalty-pos sync&apos; for the first round</source>
        <comment>cli.sync_registered</comment>
        <translation>registrert som terminal {terminal} i butikk {shop} på {url}; kjør &apos;loyalty-pos sync&apos; for første runde</translation>
    </message>
    <message>
        <source>pushed {pushed} event(s), pulled {pulled}, {waiting} waiting</source>
        <comment>cli.sync_round</comment>
        <translation>sendte {pushed} hendelse(r), hentet {pulled}, {waiting} venter</translation>
    </message>
    <message>
        <source>--bench-start starts the till: give it no command</source>
        <comment>cli.usage.bench_start_alone</comment>
        <translation>--bench-start starter kassen: ikke gi den en kommando</translation>
    </message>
    <message>
        <source>--bench-start is for `loyalty-pos bench` only</source>
        <comment>cli.usage.bench_start_bench_only</comment>
        <translation>--bench-start er bare for `loyalty-pos bench`</translation>
    </message>
    <message>
        <source>{prog}: {message} (see --help)</source>
        <comment>cli.usage.error</comment>
        <translation>{prog}: {message} (se --help)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <comment>cli.usage.negative</comment>
        <translation>kan ikke være negativ</translation>
    </message>
    <message>
        <source>a PIN is never given on the command line (others can read it there): use --pin-file F (mode 0600), set {env}, or type it when asked</source>
        <comment>cli.usage.no_pin_argument</comment>
        <translation>en PIN gis aldri på kommandolinjen (andre kan lese den der): bruk --pin-file F (modus 0600), sett {env}, eller skriv den når du blir spurt</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <comment>cli.usage.not_a_date</comment>
        <translation>ikke en dato (ÅÅÅÅ-MM-DD): {text}</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <comment>cli.usage.not_above_zero</comment>
        <translation>må være over 0</translation>
    </message>
    <message>
        <source>not a number of seconds above 0 and below a day: {text}</source>
        <comment>cli.usage.not_seconds</comment>
        <translation>ikke et antall sekunder over 0 og under ett døgn: {text}</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <comment>cli.usage.not_whole_number</comment>
        <translation>{text} er ikke et heltall</translation>
    </message>
    <message>
        <source>--smoke-screenshot goes with --smoke-test</source>
        <comment>cli.usage.screenshot_needs_smoke</comment>
        <translation>--smoke-screenshot hører sammen med --smoke-test</translation>
    </message>
    <message>
        <source>--smoke-test starts the till: give it no command</source>
        <comment>cli.usage.smoke_alone</comment>
        <translation>--smoke-test starter kassen: ikke gi den en kommando</translation>
    </message>
    <message>
        <source>--smoke-timeout goes with --smoke-test</source>
        <comment>cli.usage.timeout_needs_smoke</comment>
        <translation>--smoke-timeout brukes sammen med --smoke-test</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <comment>cli.usage.zero</comment>
        <translation>kan ikke være 0</translation>
    </message>
    <message>
        <source>{value}</source>
        <comment>cli.value</comment>
        <translation>{value}</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>country.AT</comment>
        <translation>Østerrike</translation>
    </message>
    <message>
        <source>Australia</source>
        <comment>country.AU</comment>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>country.BE</comment>
        <translation>Belgia</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <comment>country.BH</comment>
        <translation>Bahrain</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>country.DE</comment>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>country.DK</comment>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>country.ES</comment>
        <translation>Spania</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>country.FI</comment>
        <translation>Finland</translation>
    </message>
    <message>
        <source>France</source>
        <comment>country.FR</comment>
        <translation>Frankrike</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <comment>country.GB</comment>
        <translation>Storbritannia</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <comment>country.ID</comment>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>country.IE</comment>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>country.IT</comment>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Japan</source>
        <comment>country.JP</comment>
        <translation>Japan</translation>
    </message>
    <message>
        <source>South Korea</source>
        <comment>country.KR</comment>
        <translation>Sør-Korea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <comment>country.KW</comment>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <comment>country.MY</comment>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <comment>country.NL</comment>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Norway</source>
        <comment>country.NO</comment>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>country.PT</comment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>country.SE</comment>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Singapore</source>
        <comment>country.SG</comment>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <comment>country.TW</comment>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>United States</source>
        <comment>country.US</comment>
        <translation>USA</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) today: it gives points again tomorrow.</source>
        <comment>error.action_day_limit_reached</comment>
        <translation>{member} har allerede fått {campaign} {limit} gang(er) i dag: den gir poeng igjen i morgen.</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s): that is the most it gives one member.</source>
        <comment>error.action_limit_reached</comment>
        <translation>{member} har allerede fått {campaign} {limit} gang(er): det er det meste den gir ett medlem.</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) this month: it gives points again next month.</source>
        <comment>error.action_month_limit_reached</comment>
        <translation>{member} har allerede fått {campaign} {limit} gang(er) denne måneden: den gir poeng igjen neste måned.</translation>
    </message>
    <message>
        <source>{campaign} is not running for this member now, so it gives no points.</source>
        <comment>error.action_not_offered</comment>
        <translation>{campaign} gjelder ikke for dette medlemmet nå, så den gir ingen poeng.</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) this week: it gives points again next week.</source>
        <comment>error.action_week_limit_reached</comment>
        <translation>{member} har allerede fått {campaign} {limit} gang(er) denne uken: den gir poeng igjen neste uke.</translation>
    </message>
    <message>
        <source>{member} already had {campaign} {limit} time(s) this year: it gives points again next year.</source>
        <comment>error.action_year_limit_reached</comment>
        <translation>{member} har allerede fått {campaign} {limit} gang(er) i år: den gir poeng igjen neste år.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was given for another kind of approval. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.action</comment>
        <translation>Lederens godkjenning gjelder ikke: den ble gitt for en annen type godkjenning. Be en leder om å godkjenne på nytt.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was given for another amount. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.amount</comment>
        <translation>Lederens godkjenning gjelder ikke: den ble gitt for et annet beløp. Be en leder om å godkjenne på nytt.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: {approver} is no longer an active manager. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.approver</comment>
        <translation>Lederens godkjenning gjelder ikke: {approver} er ikke lenger en aktiv leder. Be en leder om å godkjenne på nytt.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it has expired. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.expired</comment>
        <translation>Lederens godkjenning gjelder ikke: den har utløpt. Be en leder om å godkjenne på nytt.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: no such approval was given. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.none</comment>
        <translation>Lederens godkjenning gjelder ikke: ingen slik godkjenning er gitt. Be en leder om å godkjenne på nytt.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was given for another sale, return or member. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.subject</comment>
        <translation>Lederens godkjenning gjelder ikke: den ble gitt for et annet salg, en annen retur eller et annet medlem. Be en leder om å godkjenne på nytt.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval does not hold: it was already used. Ask a manager to approve again.</source>
        <comment>error.approval_invalid.used</comment>
        <translation>Lederens godkjenning gjelder ikke: den er allerede brukt. Be en leder om å godkjenne på nytt.</translation>
    </message>
    <message>
        <source>That is not a manager&apos;s PIN.</source>
        <comment>error.approval_refused</comment>
        <translation>Det er ikke en leders PIN-kode.</translation>
    </message>
    <message>
        <source>Too many wrong manager PINs at this till: approvals resume at {until}.</source>
        <comment>error.approvals_locked</comment>
        <translation>For mange feil leder-PIN-koder i denne kassen: godkjenninger kan gis igjen kl. {until}.</translation>
    </message>
    <message>
        <source>Authored at head office: adding product categories is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.adding_product_categories</comment>
        <translation>Lages på hovedkontoret: å legge til varekategorier gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: deactivating products is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.deactivating_products</comment>
        <translation>Lages på hovedkontoret: å deaktivere varer gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: discarding the draft program is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.discarding_the_draft_program</comment>
        <translation>Lages på hovedkontoret: å forkaste programutkastet gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: editing campaigns is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_campaigns</comment>
        <translation>Lages på hovedkontoret: å redigere kampanjer gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: editing charities is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_charities</comment>
        <translation>Lages på hovedkontoret: å redigere veldedige organisasjoner gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: editing gift card rules is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_gift_card_rules</comment>
        <translation>Lages på hovedkontoret: å redigere gavekortreglene gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: editing products is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_products</comment>
        <translation>Lages på hovedkontoret: å redigere varer gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: editing segments is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_segments</comment>
        <translation>Lages på hovedkontoret: å redigere målgrupper gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: editing the loyalty program is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_the_loyalty_program</comment>
        <translation>Lages på hovedkontoret: å redigere lojalitetsprogrammet gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: editing the reward catalog is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.editing_the_reward_catalog</comment>
        <translation>Lages på hovedkontoret: å redigere belønningskatalogen gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: ending campaigns is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.ending_campaigns</comment>
        <translation>Lages på hovedkontoret: å avslutte kampanjer gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: importing products is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.importing_products</comment>
        <translation>Lages på hovedkontoret: å importere varer gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: publishing the loyalty program is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.publishing_the_loyalty_program</comment>
        <translation>Lages på hovedkontoret: å publisere lojalitetsprogrammet gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: removing product categories is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.removing_product_categories</comment>
        <translation>Lages på hovedkontoret: å fjerne varekategorier gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Authored at head office: retiring rewards is done on the head office till (Back office &gt; Program), and reaches this till with the next sync.</source>
        <comment>error.authored_at_head_office.retiring_rewards</comment>
        <translation>Lages på hovedkontoret: å trekke tilbake belønninger gjøres i hovedkontorets kasse (Administrasjon &gt; Program), og kommer til denne kassen ved neste synkronisering.</translation>
    </message>
    <message>
        <source>{path}: not a file</source>
        <comment>error.backup_passphrase_file_refused.not_a_file</comment>
        <translation>{path}: ikke en fil</translation>
    </message>
    <message>
        <source>{path}: other accounts can read or change it (mode {mode}): chmod 600 {path}</source>
        <comment>error.backup_passphrase_file_refused.shared</comment>
        <translation>{path}: andre kontoer kan lese eller endre den (modus {mode}): chmod 600 {path}</translation>
    </message>
    <message>
        <source>{path} is off this machine (another disk or a network share), so the backup is sealed with a passphrase, and none was given: use --passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; the till&apos;s daily backup reads it from backup-passphrase (mode 0600) in the data folder.</source>
        <comment>error.backup_passphrase_needed</comment>
        <translation>{path} er utenfor denne maskinen (en annen disk eller en nettverksdeling), så sikkerhetskopien forsegles med en passordfrase, og ingen ble oppgitt: bruk --passphrase-file F (modus 0600), sett LOYALTY_POS_BACKUP_PASSPHRASE, eller skriv den inn når du blir spurt; kassens daglige sikkerhetskopi leser den fra backup-passphrase (modus 0600) i datamappen.</translation>
    </message>
    <message>
        <source>{path} is off the machine (or marked off-site), so the backup is sealed with a passphrase, and none was given: use --passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; the till&apos;s daily backup reads it from backup-passphrase (mode 0600) in the data folder.</source>
        <comment>error.backup_passphrase_needed.daily</comment>
        <translation>{path} er utenfor maskinen (eller merket som ekstern), så sikkerhetskopien forsegles med en passordfrase, og ingen ble oppgitt: bruk --passphrase-file F (modus 0600), sett LOYALTY_POS_BACKUP_PASSPHRASE, eller skriv den inn når du blir spurt; kassens daglige sikkerhetskopi leser den fra backup-passphrase (modus 0600) i datamappen.</translation>
    </message>
    <message>
        <source>{path} is marked off-site, so the backup is sealed with a passphrase, and none was given: use --passphrase-file F (mode 0600), set LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked; the till&apos;s daily backup reads it from backup-passphrase (mode 0600) in the data folder.</source>
        <comment>error.backup_passphrase_needed.off_site</comment>
        <translation>{path} er merket som ekstern, så sikkerhetskopien forsegles med en passordfrase, og ingen ble oppgitt: bruk --passphrase-file F (modus 0600), sett LOYALTY_POS_BACKUP_PASSPHRASE, eller skriv den inn når du blir spurt; kassens daglige sikkerhetskopi leser den fra backup-passphrase (modus 0600) i datamappen.</translation>
    </message>
    <message>
        <source>{path}: the file is cut off</source>
        <comment>error.backup_unsealable.cut_off</comment>
        <translation>{path}: filen er avkuttet</translation>
    </message>
    <message>
        <source>{path}: the file is damaged</source>
        <comment>error.backup_unsealable.damaged</comment>
        <translation>{path}: filen er skadet</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (nothing was restored)</source>
        <comment>error.backup_unsealable.damaged_not_restored</comment>
        <translation>{path}: filen er skadet (ingenting ble gjenopprettet)</translation>
    </message>
    <message>
        <source>{path}: the file is damaged or cut off</source>
        <comment>error.backup_unsealable.damaged_or_cut_off</comment>
        <translation>{path}: filen er skadet eller avkuttet</translation>
    </message>
    <message>
        <source>{path}: the file has data after its end</source>
        <comment>error.backup_unsealable.data_after_end</comment>
        <translation>{path}: filen har data etter slutten</translation>
    </message>
    <message>
        <source>{path}: an empty passphrase seals nothing</source>
        <comment>error.backup_unsealable.empty_passphrase</comment>
        <translation>{path}: en tom passordfrase forsegler ingenting</translation>
    </message>
    <message>
        <source>{path}: not a sealed loyalty-pos backup</source>
        <comment>error.backup_unsealable.not_sealed</comment>
        <translation>{path}: ikke en forseglet loyalty-pos-sikkerhetskopi</translation>
    </message>
    <message>
        <source>{path}: wrong passphrase (nothing was restored)</source>
        <comment>error.backup_unsealable.wrong_passphrase</comment>
        <translation>{path}: feil passordfrase (ingenting ble gjenopprettet)</translation>
    </message>
    <message>
        <source>{what} is from 0 to {maximum:,} minor units, not {minor:,}</source>
        <comment>error.bad_amount.range</comment>
        <translation>{what} er fra 0 til {maximum:,} minste enheter, ikke {minor:,}</translation>
    </message>
    <message>
        <source>An approval names the sale, return or member.</source>
        <comment>error.bad_approval_subject</comment>
        <translation>En godkjenning angir salget, returen eller medlemmet.</translation>
    </message>
    <message>
        <source>The till locks after 1 to 60 minutes idle, or 0 for never</source>
        <comment>error.bad_auto_lock_minutes</comment>
        <translation>Kassen låses etter 1 til 60 minutter uten bruk, eller 0 for aldri</translation>
    </message>
    <message>
        <source>The backup folder is a full path (from / or a drive)</source>
        <comment>error.bad_backup_dir</comment>
        <translation>Sikkerhetskopimappen er en full sti (fra / eller en stasjon)</translation>
    </message>
    <message>
        <source>Backups are kept 1 to 3650 days</source>
        <comment>error.bad_backup_keep_days</comment>
        <translation>Sikkerhetskopier beholdes 1 til 3650 dager</translation>
    </message>
    <message>
        <source>The backup folder is off-site (yes) or not (no)</source>
        <comment>error.bad_backup_off_site</comment>
        <translation>Sikkerhetskopimappen er utenfor butikken (yes) eller ikke (no)</translation>
    </message>
    <message>
        <source>A badge needs a name</source>
        <comment>error.bad_badge</comment>
        <translation>Et merke trenger et navn</translation>
    </message>
    <message>
        <source>Badge {name!r} needs a threshold from 1 to {limit}</source>
        <comment>error.bad_badge.threshold</comment>
        <translation>Merket {name!r} trenger en terskel fra 1 til {limit}</translation>
    </message>
    <message>
        <source>Base rate must be &gt;= 0 points per &gt; 0 amount</source>
        <comment>error.bad_base_rate</comment>
        <translation>Grunnsatsen må være &gt;= 0 poeng per beløp &gt; 0</translation>
    </message>
    <message>
        <source>Birthday is not a plausible date</source>
        <comment>error.bad_birthday</comment>
        <translation>Fødselsdagen er ikke en mulig dato</translation>
    </message>
    <message>
        <source>Campaign {name!r} ends before it starts</source>
        <comment>error.bad_campaign</comment>
        <translation>Kampanjen {name!r} slutter før den begynner</translation>
    </message>
    <message>
        <source>An action campaign needs an action</source>
        <comment>error.bad_campaign.action</comment>
        <translation>En handlingskampanje trenger en handling</translation>
    </message>
    <message>
        <source>A bonus campaign needs bonus points above 0</source>
        <comment>error.bad_campaign.bonus</comment>
        <translation>En bonuskampanje trenger bonuspoeng over 0</translation>
    </message>
    <message>
        <source>A campaign holds out 0 to {most} % of members</source>
        <comment>error.bad_campaign.holdout</comment>
        <translation>En kampanje holder 0 til {most} % av medlemmene utenfor</translation>
    </message>
    <message>
        <source>Campaign {name!r}: the hours start before they end, within one day</source>
        <comment>error.bad_campaign.hours</comment>
        <translation>Kampanje {name!r}: timene starter før de slutter, innen én dag</translation>
    </message>
    <message>
        <source>Campaign {name!r} needs {problem}</source>
        <comment>error.bad_campaign.limits</comment>
        <translation>Kampanjen {name!r} trenger {problem}</translation>
    </message>
    <message>
        <source>A multiplier campaign needs more than 100 %</source>
        <comment>error.bad_campaign.multiplier</comment>
        <translation>En multiplikatorkampanje trenger mer enn 100 %</translation>
    </message>
    <message>
        <source>Campaign {name!r} needs names in other languages with {problem}</source>
        <comment>error.bad_campaign.names</comment>
        <translation>Kampanjen {name!r} trenger navn på andre språk med {problem}</translation>
    </message>
    <message>
        <source>Instant-win odds must be 1 in 2 or rarer</source>
        <comment>error.bad_campaign.odds</comment>
        <translation>Sjansen for øyeblikkelig gevinst må være 1 av 2 eller sjeldnere</translation>
    </message>
    <message>
        <source>Campaign {name!r}: a tier&apos;s factor cannot be negative</source>
        <comment>error.bad_campaign.tier_factor</comment>
        <translation>Kampanje {name!r}: et nivås faktor kan ikke være negativ</translation>
    </message>
    <message>
        <source>Campaign {name!r}: weekdays are 1 (Monday) to 7 (Sunday)</source>
        <comment>error.bad_campaign.weekdays</comment>
        <translation>Kampanje {name!r}: ukedager er 1 (mandag) til 7 (søndag)</translation>
    </message>
    <message>
        <source>Daily cap cannot be negative</source>
        <comment>error.bad_cap</comment>
        <translation>Daglig tak kan ikke være negativt</translation>
    </message>
    <message>
        <source>Print between 1 and {max_cards_per_run:,} cards at a time, not {count:,}</source>
        <comment>error.bad_card_count</comment>
        <translation>Skriv ut mellom 1 og {max_cards_per_run:,} kort om gangen, ikke {count:,}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted ({url}): {reason}</source>
        <comment>error.bad_certificate</comment>
        <translation>Serverens sertifikat ble ikke godtatt ({url}): {reason}</translation>
    </message>
    <message>
        <source>A challenge needs a name</source>
        <comment>error.bad_challenge</comment>
        <translation>En utfordring trenger et navn</translation>
    </message>
    <message>
        <source>Challenge {name!r} needs bonus points above 0</source>
        <comment>error.bad_challenge.bonus</comment>
        <translation>Utfordringen {name!r} trenger bonuspoeng over 0</translation>
    </message>
    <message>
        <source>A streak counts weeks or months in a row</source>
        <comment>error.bad_challenge.streak</comment>
        <translation>En rekke teller uker eller måneder på rad</translation>
    </message>
    <message>
        <source>Challenge {name!r} needs a target from 1 to {limit}</source>
        <comment>error.bad_challenge.target</comment>
        <translation>Utfordringen {name!r} trenger et mål fra 1 til {limit}</translation>
    </message>
    <message>
        <source>A charity needs a name</source>
        <comment>error.bad_charity</comment>
        <translation>En organisasjon trenger et navn</translation>
    </message>
    <message>
        <source>A charity&apos;s rate is money above 0 for points above 0</source>
        <comment>error.bad_charity_rate</comment>
        <translation>En organisasjons sats er penger over 0 for poeng over 0</translation>
    </message>
    <message>
        <source>{value!r} is not a country the till knows</source>
        <comment>error.bad_country</comment>
        <translation>{value!r} er ikke et land kassen kjenner</translation>
    </message>
    <message>
        <source>{new!r} is not a currency the till knows</source>
        <comment>error.bad_currency</comment>
        <translation>{new!r} er ikke en valuta kassen kjenner</translation>
    </message>
    <message>
        <source>{currency!r} is not a currency the till knows</source>
        <comment>error.bad_currency.parsing</comment>
        <translation>{currency!r} er ikke en valuta kassen kjenner</translation>
    </message>
    <message>
        <source>This page cursor belongs to another list; start again</source>
        <comment>error.bad_cursor</comment>
        <translation>Denne sidemarkøren hører til en annen liste; start på nytt</translation>
    </message>
    <message>
        <source>The customer display is either on or off</source>
        <comment>error.bad_customer_display</comment>
        <translation>Kundeskjermen er enten på eller av</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <comment>error.bad_date_range</comment>
        <translation>Første dag er etter siste dag.</translation>
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
        <source>A screen&apos;s name is at most 200 characters</source>
        <comment>error.bad_display_screen</comment>
        <translation>Et skjermnavn har høyst 200 tegn</translation>
    </message>
    <message>
        <source>The till&apos;s theme is normal or high_contrast</source>
        <comment>error.bad_display_theme</comment>
        <translation>Kassens tema er normal eller high_contrast</translation>
    </message>
    <message>
        <source>Early access needs a product and a tier</source>
        <comment>error.bad_early_access</comment>
        <translation>Tidlig tilgang trenger en vare og et nivå</translation>
    </message>
    <message>
        <source>{text!r} is not an email address</source>
        <comment>error.bad_email</comment>
        <translation>{text!r} er ikke en e-postadresse</translation>
    </message>
    <message>
        <source>Export as {formats}, not {fmt!r}</source>
        <comment>error.bad_format</comment>
        <translation>Eksporter som {formats}, ikke {fmt!r}</translation>
    </message>
    <message>
        <source>A gift card amount is above 0</source>
        <comment>error.bad_gift_card_amount</comment>
        <translation>Et gavekortbeløp er over 0</translation>
    </message>
    <message>
        <source>The offline gift card cap cannot be negative</source>
        <comment>error.bad_gift_card_cap</comment>
        <translation>Grensen for gavekort uten nett kan ikke være negativ</translation>
    </message>
    <message>
        <source>The most put on a card at once is above 0 and at most {maximum:,} minor units</source>
        <comment>error.bad_gift_card_max</comment>
        <translation>Det meste som settes inn på et kort om gangen er over 0 og høyst {maximum:,} minste enheter</translation>
    </message>
    <message>
        <source>A gift card number is GC and 10 digits, with a correct last digit</source>
        <comment>error.bad_gift_card_number</comment>
        <translation>Et gavekortnummer er GC og 10 sifre, med riktig siste siffer</translation>
    </message>
    <message>
        <source>A gift card serial is 1 to 999,999,999</source>
        <comment>error.bad_gift_card_serial</comment>
        <translation>Et gavekortserienummer er 1 til 999 999 999</translation>
    </message>
    <message>
        <source>Grace after the review is 0 to 365 days</source>
        <comment>error.bad_grace</comment>
        <translation>Fristen etter vurderingen er 0 til 365 dager</translation>
    </message>
    <message>
        <source>Import mode must be one of {modes}</source>
        <comment>error.bad_import_mode</comment>
        <translation>Importmodusen må være en av {modes}</translation>
    </message>
    <message>
        <source>{value!r} is not a language the till knows</source>
        <comment>error.bad_language</comment>
        <translation>{value!r} er ikke et språk kassen kjenner</translation>
    </message>
    <message>
        <source>A points limit cannot be negative</source>
        <comment>error.bad_limit</comment>
        <translation>En poenggrense kan ikke være negativ</translation>
    </message>
    <message>
        <source>The logo must be a PNG picture.</source>
        <comment>error.bad_logo</comment>
        <translation>Logoen må være et PNG-bilde.</translation>
    </message>
    <message>
        <source>The logo is not a stored picture</source>
        <comment>error.bad_logo.not_stored</comment>
        <translation>Logoen er ikke et lagret bilde</translation>
    </message>
    <message>
        <source>The logo is over 512 KB even scaled; choose a simpler picture.</source>
        <comment>error.bad_logo.too_large</comment>
        <translation>Logoen er over 512 KB selv nedskalert; velg et enklere bilde.</translation>
    </message>
    <message>
        <source>{language!r} is not a language the till knows</source>
        <comment>error.bad_member_language</comment>
        <translation>{language!r} er ikke et språk kassen kjenner</translation>
    </message>
    <message>
        <source>A member price needs an id and a name</source>
        <comment>error.bad_member_price.id</comment>
        <translation>En medlemspris trenger en id og et navn</translation>
    </message>
    <message>
        <source>Member price {name!r} needs either a price or a percent off</source>
        <comment>error.bad_member_price.kind</comment>
        <translation>Medlemspris {name!r} trenger enten en pris eller et prosentavslag</translation>
    </message>
    <message>
        <source>Member price {name!r}: a percent from 1 to 100</source>
        <comment>error.bad_member_price.percent</comment>
        <translation>Medlemspris {name!r}: en prosent fra 1 til 100</translation>
    </message>
    <message>
        <source>Member price {name!r}: a price of 0 or more, on a product</source>
        <comment>error.bad_member_price.price</comment>
        <translation>Medlemspris {name!r}: en pris på 0 eller mer, på en vare</translation>
    </message>
    <message>
        <source>Member price {name!r} needs either a product or a category</source>
        <comment>error.bad_member_price.scope</comment>
        <translation>Medlemspris {name!r} trenger enten en vare eller en kategori</translation>
    </message>
    <message>
        <source>Minimum basket cannot be negative</source>
        <comment>error.bad_minimum</comment>
        <translation>Minste handlekurv kan ikke være negativ</translation>
    </message>
    <message>
        <source>Multiplier for {name} is negative</source>
        <comment>error.bad_multiplier</comment>
        <translation>Multiplikatoren for {name} er negativ</translation>
    </message>
    <message>
        <source>The till counts as offline after 1 to 10080 minutes without a sync</source>
        <comment>error.bad_offline_after_minutes</comment>
        <translation>Kassen regnes som frakoblet etter 1 til 10080 minutter uten synkronisering</translation>
    </message>
    <message>
        <source>The offline cap is a number of points, or empty for the program&apos;s</source>
        <comment>error.bad_offline_cap</comment>
        <translation>Frakoblet-taket er et antall poeng, eller tomt for programmets</translation>
    </message>
    <message>
        <source>A page holds at least 1 row</source>
        <comment>error.bad_page_size</comment>
        <translation>En side har minst 1 rad</translation>
    </message>
    <message>
        <source>A paid membership needs a name</source>
        <comment>error.bad_paid_tier</comment>
        <translation>Et betalt medlemskap trenger et navn</translation>
    </message>
    <message>
        <source>Paid membership {name!r} needs a fee above 0</source>
        <comment>error.bad_paid_tier.fee</comment>
        <translation>Det betalte medlemskapet {name!r} trenger en avgift over 0</translation>
    </message>
    <message>
        <source>Paid membership {name!r} lasts 1 to {limit} months</source>
        <comment>error.bad_paid_tier.months</comment>
        <translation>Det betalte medlemskapet {name!r} varer 1 til {limit} måneder</translation>
    </message>
    <message>
        <source>Paper must be A4 or Letter, not {paper!r}</source>
        <comment>error.bad_paper</comment>
        <translation>Papiret må være A4 eller Letter, ikke {paper!r}</translation>
    </message>
    <message>
        <source>Cards print on A4 or Letter</source>
        <comment>error.bad_paper.cards</comment>
        <translation>Kort skrives ut på A4 eller Letter</translation>
    </message>
    <message>
        <source>Line {line}: a code is up to {limit} printable characters</source>
        <comment>error.bad_partner_code</comment>
        <translation>Linje {line}: en kode er på høyst {limit} tegn som kan skrives ut</translation>
    </message>
    <message>
        <source>An unusual pattern needs a threshold of 2 or more</source>
        <comment>error.bad_pattern_threshold</comment>
        <translation>Et uvanlig mønster trenger en terskel på 2 eller mer</translation>
    </message>
    <message>
        <source>The pattern window is from 1 minute to 24 hours</source>
        <comment>error.bad_pattern_window</comment>
        <translation>Tidsrommet for mønstre er fra 1 minutt til 24 timer</translation>
    </message>
    <message>
        <source>{text!r} is not a percentage like 25 or 12.5</source>
        <comment>error.bad_percent</comment>
        <translation>{text!r} er ikke en prosent som 25 eller 12.5</translation>
    </message>
    <message>
        <source>{text} % is more than {maximum} %</source>
        <comment>error.bad_percent.too_high</comment>
        <translation>{text} % er mer enn {maximum} %</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number</source>
        <comment>error.bad_phone</comment>
        <translation>{text!r} er ikke et telefonnummer</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number in {region}</source>
        <comment>error.bad_phone.region</comment>
        <translation>{text!r} er ikke et telefonnummer i {region}</translation>
    </message>
    <message>
        <source>Ask for {low} to {high} digits of the phone</source>
        <comment>error.bad_phone_digits</comment>
        <translation>Spør etter {low} til {high} sifre i telefonnummeret</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <comment>error.bad_pin</comment>
        <translation>En PIN-kode er 4 til 12 sifre.</translation>
    </message>
    <message>
        <source>Points are whole numbers, not {points!r}</source>
        <comment>error.bad_points</comment>
        <translation>Poeng er heltall, ikke {points!r}</translation>
    </message>
    <message>
        <source>A card prefix is 1 to 6 digits</source>
        <comment>error.bad_prefix</comment>
        <translation>Et kortprefiks er 1 til 6 sifre</translation>
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
        <source>{what} is a whole number, not {quantity!r}</source>
        <comment>error.bad_quantity.not_whole</comment>
        <translation>{what} er et heltall, ikke {quantity!r}</translation>
    </message>
    <message>
        <source>Put back at least 1</source>
        <comment>error.bad_quantity.put_back</comment>
        <translation>Legg tilbake minst 1</translation>
    </message>
    <message>
        <source>{what} is from 1 to {max_quantity}, not {quantity}</source>
        <comment>error.bad_quantity.range</comment>
        <translation>{what} er fra 1 til {max_quantity}, ikke {quantity}</translation>
    </message>
    <message>
        <source>Take at least 1 from stock</source>
        <comment>error.bad_quantity.take</comment>
        <translation>Ta minst 1 fra lageret</translation>
    </message>
    <message>
        <source>The receipt footer: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_footer</comment>
        <translation>Kvitteringens bunntekst: høyst {lines} linjer på {characters} tegn</translation>
    </message>
    <message>
        <source>A translated receipt footer: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_footer.translated</comment>
        <translation>En oversatt bunntekst: høyst {lines} linjer på {characters} tegn</translation>
    </message>
    <message>
        <source>The receipt header: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_header</comment>
        <translation>Kvitteringens topptekst: høyst {lines} linjer på {characters} tegn</translation>
    </message>
    <message>
        <source>A translated receipt header: at most {lines} lines of {characters} characters</source>
        <comment>error.bad_receipt_header.translated</comment>
        <translation>En oversatt topptekst: høyst {lines} linjer på {characters} tegn</translation>
    </message>
    <message>
        <source>{text!r} is not a receipt printer: {why}. Examples: {examples}</source>
        <comment>error.bad_receipt_printer</comment>
        <translation>{text!r} er ikke en kvitteringsskriver: {why}. Eksempler: {examples}</translation>
    </message>
    <message>
        <source>A receipt sequence number is between 1 and {maximum}, not {seq}</source>
        <comment>error.bad_receipt_sequence</comment>
        <translation>Et løpenummer for kvittering er mellom 1 og {maximum}, ikke {seq}</translation>
    </message>
    <message>
        <source>A recovery code is {groups} groups of {group_length} letters and digits, as printed when the shop was set up.</source>
        <comment>error.bad_recovery_code</comment>
        <translation>En gjenopprettingskode er {groups} grupper med {group_length} bokstaver og sifre, slik den ble skrevet ut da butikken ble satt opp.</translation>
    </message>
    <message>
        <source>Tier review date {review_month}/{review_day} is not a date</source>
        <comment>error.bad_review_date</comment>
        <translation>Nivåvurderingsdatoen {review_month}/{review_day} er ikke en dato</translation>
    </message>
    <message>
        <source>The scanner&apos;s key gap is 5 to 500 ms</source>
        <comment>error.bad_scanner_max_gap_ms</comment>
        <translation>Skannerens tastepause er 5 til 500 ms</translation>
    </message>
    <message>
        <source>The shortest scan is 3 to 64 characters</source>
        <comment>error.bad_scanner_min_length</comment>
        <translation>Den korteste skanningen er 3 til 64 tegn</translation>
    </message>
    <message>
        <source>Search for text</source>
        <comment>error.bad_search</comment>
        <translation>Søk etter tekst</translation>
    </message>
    <message>
        <source>The search holds an invisible control character: clear it and type it again</source>
        <comment>error.bad_search.control_character</comment>
        <translation>Søket inneholder et usynlig kontrolltegn: tøm det og skriv på nytt</translation>
    </message>
    <message>
        <source>Search for at most {max_search_chars} characters</source>
        <comment>error.bad_search.too_long</comment>
        <translation>Søk etter høyst {max_search_chars} tegn</translation>
    </message>
    <message>
        <source>Segment {name!r} is missing what its kind needs</source>
        <comment>error.bad_segment</comment>
        <translation>Målgruppen {name!r} mangler det typen krever</translation>
    </message>
    <message>
        <source>The till syncs every 5 to 3600 seconds</source>
        <comment>error.bad_sync_every_seconds</comment>
        <translation>Kassen synkroniserer hvert 5. til 3600. sekund</translation>
    </message>
    <message>
        <source>Prices either include tax (yes) or not (no)</source>
        <comment>error.bad_tax_mode</comment>
        <translation>Prisene er enten med mva. (yes) eller uten (no)</translation>
    </message>
    <message>
        <source>Tax rate must be 0-100 %</source>
        <comment>error.bad_tax_rate</comment>
        <translation>Mva.-satsen må være 0-100 %</translation>
    </message>
    <message>
        <source>Tender must be one of {known}</source>
        <comment>error.bad_tender</comment>
        <translation>Betalingsmåten må være en av {known}</translation>
    </message>
    <message>
        <source>A terminal id has 1-8 letters or digits, not {terminal_id!r}</source>
        <comment>error.bad_terminal_id</comment>
        <translation>En terminal-id har 1-8 bokstaver eller sifre, ikke {terminal_id!r}</translation>
    </message>
    <message>
        <source>The text size is 100, 125 or 150 %</source>
        <comment>error.bad_text_size</comment>
        <translation>Tekststørrelsen er 100, 125 eller 150 %</translation>
    </message>
    <message>
        <source>The translations map languages to texts</source>
        <comment>error.bad_text_variants</comment>
        <translation>Oversettelsene knytter språk til tekster</translation>
    </message>
    <message>
        <source>{language!r} is not a language the till knows</source>
        <comment>error.bad_text_variants.language</comment>
        <translation>{language!r} er ikke et språk kassen kjenner</translation>
    </message>
    <message>
        <source>The translations are not a JSON map</source>
        <comment>error.bad_text_variants.not_json</comment>
        <translation>Oversettelsene er ikke et JSON-kart</translation>
    </message>
    <message>
        <source>The approval threshold is an amount in minor units</source>
        <comment>error.bad_threshold</comment>
        <translation>Godkjenningsterskelen er et beløp i minste enheter</translation>
    </message>
    <message>
        <source>Tier {tier}: negative value</source>
        <comment>error.bad_tier</comment>
        <translation>Nivå {tier}: negativ verdi</translation>
    </message>
    <message>
        <source>Tier code {tier!r}: use lower case letters without spaces</source>
        <comment>error.bad_tier_code</comment>
        <translation>Nivåkode {tier!r}: bruk små bokstaver uten mellomrom</translation>
    </message>
    <message>
        <source>Tiers need strictly rising thresholds starting at 0</source>
        <comment>error.bad_tier_order</comment>
        <translation>Nivåene trenger stigende terskler som starter på 0</translation>
    </message>
    <message>
        <source>{value!r} is not a language the till knows</source>
        <comment>error.bad_till_language</comment>
        <translation>{value!r} er ikke et språk kassen kjenner</translation>
    </message>
    <message>
        <source>The till either rings up baskets or records amounts</source>
        <comment>error.bad_till_mode</comment>
        <translation>Kassen slår enten inn handlekurver eller registrerer beløp</translation>
    </message>
    <message>
        <source>{value!r} is not a time zone</source>
        <comment>error.bad_timezone</comment>
        <translation>{value!r} er ikke en tidssone</translation>
    </message>
    <message>
        <source>A user name is 1 to {max_username} letters, digits, dots or underscores.</source>
        <comment>error.bad_username</comment>
        <translation>Et brukernavn er 1 til {max_username} bokstaver, sifre, punktum eller understreker.</translation>
    </message>
    <message>
        <source>Volume rule {name!r} needs a percent off (1 to 100) or bonus points</source>
        <comment>error.bad_volume_rule.effect</comment>
        <translation>Kvantumsregel {name!r} trenger et prosentavslag (1 til 100) eller bonuspoeng</translation>
    </message>
    <message>
        <source>A volume rule needs an id and a name</source>
        <comment>error.bad_volume_rule.id</comment>
        <translation>En kvantumsregel trenger en id og et navn</translation>
    </message>
    <message>
        <source>Volume rule {name!r}: a product or a category, not both</source>
        <comment>error.bad_volume_rule.scope</comment>
        <translation>Kvantumsregel {name!r}: en vare eller en kategori, ikke begge</translation>
    </message>
    <message>
        <source>Volume rule {name!r} needs either a minimum quantity or a minimum basket value</source>
        <comment>error.bad_volume_rule.threshold</comment>
        <translation>Kvantumsregel {name!r} trenger enten et minsteantall eller et minste handlekurvbeløp</translation>
    </message>
    <message>
        <source>The qualifying window is 1 to 36 months</source>
        <comment>error.bad_window</comment>
        <translation>Kvalifiseringsperioden er 1 til 36 måneder</translation>
    </message>
    <message>
        <source>Simulate 1 to {max_days} days, not {days}</source>
        <comment>error.bad_window.simulation</comment>
        <translation>Simuler 1 til {max_days} dager, ikke {days}</translation>
    </message>
    <message>
        <source>Retention is 1 to {max_retention_years} years, not {years}</source>
        <comment>error.bad_years</comment>
        <translation>Lagringstiden er 1 til {max_retention_years} år, ikke {years}</translation>
    </message>
    <message>
        <source>A member&apos;s balance stays within {max_balance:,} points; this would make it {balance:,}</source>
        <comment>error.balance_too_large</comment>
        <translation>Et medlems saldo holder seg innenfor {max_balance:,} poeng; dette ville gjort den {balance:,}</translation>
    </message>
    <message>
        <source>Barcode {barcode} is on {name}</source>
        <comment>error.barcode_in_use</comment>
        <translation>Strekkoden {barcode} står på {name}</translation>
    </message>
    <message>
        <source>A Code 128 barcode takes 1-{max_code128_text} printable ASCII characters, not {text!r}</source>
        <comment>error.barcode_text_invalid</comment>
        <translation>En Code 128-strekkode tar 1-{max_code128_text} utskrivbare ASCII-tegn, ikke {text!r}</translation>
    </message>
    <message>
        <source>{name} has already ended</source>
        <comment>error.campaign_over</comment>
        <translation>{name} er allerede avsluttet</translation>
    </message>
    <message>
        <source>Campaign {key} was not found.</source>
        <comment>error.campaign_unknown</comment>
        <translation>Kampanje {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <comment>error.cannot_deactivate_self</comment>
        <translation>Du kan ikke deaktivere din egen konto.</translation>
    </message>
    <message>
        <source>Card refused: the check digit is wrong (mistyped?).</source>
        <comment>error.card_bad_check_digit</comment>
        <translation>Kortet ble avvist: kontrollsifferet er feil (feiltastet?).</translation>
    </message>
    <message>
        <source>Card refused: {text!r}: the check digit is wrong (mistyped?).</source>
        <comment>error.card_bad_check_digit.typed</comment>
        <translation>Kortet ble avvist: {text!r}: kontrollsifferet er feil (feiltastet?).</translation>
    </message>
    <message>
        <source>Card refused: a card number has {length} digits, this has {found}.</source>
        <comment>error.card_bad_length</comment>
        <translation>Kortet ble avvist: et kortnummer har {length} sifre, dette har {found}.</translation>
    </message>
    <message>
        <source>Card refused: {text!r}: a card number has {length} digits, this has {found}.</source>
        <comment>error.card_bad_length.typed</comment>
        <translation>Kortet ble avvist: {text!r}: et kortnummer har {length} sifre, dette har {found}.</translation>
    </message>
    <message>
        <source>Card refused: this card is blocked.</source>
        <comment>error.card_blocked</comment>
        <translation>Kortet ble avvist: dette kortet er sperret.</translation>
    </message>
    <message>
        <source>Card refused: card {card} is blocked.</source>
        <comment>error.card_blocked.printing</comment>
        <translation>Kortet ble avvist: kort {card} er sperret.</translation>
    </message>
    <message>
        <source>Card refused: this card already belongs to a member.</source>
        <comment>error.card_in_use</comment>
        <translation>Kortet ble avvist: dette kortet tilhører allerede et medlem.</translation>
    </message>
    <message>
        <source>{path}: {reason}.</source>
        <comment>error.card_key_file_refused</comment>
        <translation>{path}: {reason}.</translation>
    </message>
    <message>
        <source>{path}: already exists; choose a new file name.</source>
        <comment>error.card_key_file_refused.exists</comment>
        <translation>{path}: finnes allerede; velg et nytt filnavn.</translation>
    </message>
    <message>
        <source>{path}: {size} bytes, not a card signing key ({key_bytes} bytes per key).</source>
        <comment>error.card_key_file_refused.not_a_key</comment>
        <translation>{path}: {size} byte, ikke en signeringsnøkkel for kort ({key_bytes} byte per nøkkel).</translation>
    </message>
    <message>
        <source>{path}: not a regular file.</source>
        <comment>error.card_key_file_refused.not_regular_file</comment>
        <translation>{path}: ikke en vanlig fil.</translation>
    </message>
    <message>
        <source>{path}: it holds the same key twice.</source>
        <comment>error.card_key_file_refused.same_key_twice</comment>
        <translation>{path}: den inneholder samme nøkkel to ganger.</translation>
    </message>
    <message>
        <source>{path}: {size:,} bytes, far too large for a card key file.</source>
        <comment>error.card_key_file_refused.too_large</comment>
        <translation>{path}: {size:,} byte, altfor stor for en kortnøkkelfil.</translation>
    </message>
    <message>
        <source>The card signing key {path} is {size} bytes, expected {expected} per key. Restore it from a backup (the .key file beside the backup); a new key would make every printed card&apos;s QR code invalid.</source>
        <comment>error.card_key_invalid</comment>
        <translation>Signeringsnøkkelen for kort {path} er {size} byte, forventet {expected} per nøkkel. Gjenopprett den fra en sikkerhetskopi (.key-filen ved siden av sikkerhetskopien); en ny nøkkel ville gjøre QR-koden på hvert utskrevne kort ugyldig.</translation>
    </message>
    <message>
        <source>Head office&apos;s card signing key ring cannot be used: the ring changed while it was being taken. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.head_office</comment>
        <translation>Hovedkontorets ring av kortsigneringsnøkler kan ikke brukes: ringen endret seg mens den ble hentet. Legg den riktige nøkkelfilen tilbake: gjenopprett den fra en sikkerhetskopi (.key-filen ved siden av sikkerhetskopifilen), eller kjør &apos;loyalty-pos cards key import FILE&apos; med nøkkelfilen til denne butikken.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the key file to import does not mend it: {problem}. Use the .key file of one of this shop&apos;s backups.</source>
        <comment>error.card_key_mismatch.import_does_not_mend</comment>
        <translation>Signeringsnøkkelen for kort {path} kan ikke brukes: nøkkelfilen som skal importeres, retter det ikke: {problem}. Bruk .key-filen til en av denne butikkens sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the file is missing; this shop&apos;s key is {recorded}. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.missing</comment>
        <translation>Kortsigneringsnøkkelen {path} kan ikke brukes: filen mangler; denne butikkens nøkkel er {recorded}. Legg den riktige nøkkelfilen tilbake: gjenopprett den fra en sikkerhetskopi (.key-filen ved siden av sikkerhetskopifilen), eller kjør &apos;loyalty-pos cards key import FILE&apos; med nøkkelfilen til denne butikken.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the file is missing and the shop has no card key on record. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.missing_none_recorded</comment>
        <translation>Kortsigneringsnøkkelen {path} kan ikke brukes: filen mangler, og butikken har ingen registrert kortnøkkel. Legg den riktige nøkkelfilen tilbake: gjenopprett den fra en sikkerhetskopi (.key-filen ved siden av sikkerhetskopifilen), eller kjør &apos;loyalty-pos cards key import FILE&apos; med nøkkelfilen til denne butikken.</translation>
    </message>
    <message>
        <source>The new shop&apos;s card signing key cannot be used: this shop already has a card key on record. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.new_shop</comment>
        <translation>Den nye butikkens kortsigneringsnøkkel kan ikke brukes: denne butikken har allerede en registrert kortnøkkel. Legg den riktige nøkkelfilen tilbake: gjenopprett den fra en sikkerhetskopi (.key-filen ved siden av sikkerhetskopifilen), eller kjør &apos;loyalty-pos cards key import FILE&apos; med nøkkelfilen til denne butikken.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the file holds the key {present}, but this shop&apos;s key is {recorded}. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.other_key</comment>
        <translation>Kortsigneringsnøkkelen {path} kan ikke brukes: filen har nøkkelen {present}, men denne butikkens nøkkel er {recorded}. Legg den riktige nøkkelfilen tilbake: gjenopprett den fra en sikkerhetskopi (.key-filen ved siden av sikkerhetskopifilen), eller kjør &apos;loyalty-pos cards key import FILE&apos; med nøkkelfilen til denne butikken.</translation>
    </message>
    <message>
        <source>The card signing key cannot be rotated: the ring changed while it was being rotated. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.rotation</comment>
        <translation>Kortsigneringsnøkkelen kan ikke byttes: ringen endret seg mens den ble byttet. Legg den riktige nøkkelfilen tilbake: gjenopprett den fra en sikkerhetskopi (.key-filen ved siden av sikkerhetskopifilen), eller kjør &apos;loyalty-pos cards key import FILE&apos; med nøkkelfilen til denne butikken.</translation>
    </message>
    <message>
        <source>The card signing key {path} cannot be used: the shop has no card key on record (there was no key file when it was upgraded), so this file&apos;s key {present} cannot be trusted. Put the right key file back: restore it from a backup (the .key file beside the backup file), or run &apos;loyalty-pos cards key import FILE&apos; with the key file of this shop.</source>
        <comment>error.card_key_mismatch.untrusted</comment>
        <translation>Kortsigneringsnøkkelen {path} kan ikke brukes: butikken har ingen registrert kortnøkkel (det fantes ingen nøkkelfil da den ble oppgradert), så nøkkelen {present} i denne filen kan ikke stoles på. Legg den riktige nøkkelfilen tilbake: gjenopprett den fra en sikkerhetskopi (.key-filen ved siden av sikkerhetskopifilen), eller kjør &apos;loyalty-pos cards key import FILE&apos; med nøkkelfilen til denne butikken.</translation>
    </message>
    <message>
        <source>The card signing key {path} is missing, so printed cards&apos; QR codes cannot be checked. Restore it from a backup (the .key file beside the backup) or with &apos;loyalty-pos cards key import FILE&apos;; a new key would make every printed card&apos;s QR code invalid.</source>
        <comment>error.card_key_missing</comment>
        <translation>Signeringsnøkkelen for kort {path} mangler, så QR-kodene på utskrevne kort kan ikke kontrolleres. Gjenopprett den fra en sikkerhetskopi (.key-filen ved siden av sikkerhetskopien) eller med &apos;loyalty-pos cards key import FILE&apos;; en ny nøkkel ville gjøre QR-koden på hvert utskrevne kort ugyldig.</translation>
    </message>
    <message>
        <source>Every key in the file is already in this till&apos;s ring (current {current}); nothing changed</source>
        <comment>error.card_keys_known</comment>
        <translation>Alle nøklene i filen er allerede i kassens nøkkelring (gjeldende {current}); ingenting ble endret</translation>
    </message>
    <message>
        <source>Card refused: a card number has digits only.</source>
        <comment>error.card_not_numeric</comment>
        <translation>Kortet ble avvist: et kortnummer har bare sifre.</translation>
    </message>
    <message>
        <source>Card refused: {text!r}: a card number has digits only.</source>
        <comment>error.card_not_numeric.typed</comment>
        <translation>Kortet ble avvist: {text!r}: et kortnummer har bare sifre.</translation>
    </message>
    <message>
        <source>Card number {card_number!r} must be 16 digits without spaces</source>
        <comment>error.card_number_not_normalised</comment>
        <translation>Kortnummeret {card_number!r} må være 16 sifre uten mellomrom</translation>
    </message>
    <message>
        <source>Could not find enough free card numbers</source>
        <comment>error.card_numbers_exhausted</comment>
        <translation>Fant ikke nok ledige kortnumre</translation>
    </message>
    <message>
        <source>Could not find a free card number</source>
        <comment>error.card_numbers_exhausted.one</comment>
        <translation>Fant ikke et ledig kortnummer</translation>
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
        <source>Card refused: this card was replaced by a newer card.</source>
        <comment>error.card_replaced</comment>
        <translation>Kortet ble avvist: dette kortet er erstattet av et nyere kort.</translation>
    </message>
    <message>
        <source>Card refused: card {card} was replaced by a newer card; print that one.</source>
        <comment>error.card_replaced.printing</comment>
        <translation>Kortet ble avvist: kort {card} er erstattet av et nyere kort; skriv ut det.</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: {reason}.</source>
        <comment>error.card_sheet_unwritable</comment>
        <translation>Kan ikke skrive kortarket {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: it is a folder; give a file name such as cards.pdf.</source>
        <comment>error.card_sheet_unwritable.folder</comment>
        <translation>Kan ikke skrive kortarket {path}: det er en mappe; oppgi et filnavn som cards.pdf.</translation>
    </message>
    <message>
        <source>Cannot write the card sheet {path}: the folder {folder} does not exist.</source>
        <comment>error.card_sheet_unwritable.no_folder</comment>
        <translation>Kan ikke skrive kortarket {path}: mappen {folder} finnes ikke.</translation>
    </message>
    <message>
        <source>Card refused: no member has this card.</source>
        <comment>error.card_unknown</comment>
        <translation>Kortet ble avvist: ingen medlemmer har dette kortet.</translation>
    </message>
    <message>
        <source>Card refused: no member has card {card}.</source>
        <comment>error.card_unknown.printing</comment>
        <translation>Kortet ble avvist: ingen medlemmer har kort {card}.</translation>
    </message>
    <message>
        <source>Category {name} already exists</source>
        <comment>error.category_exists</comment>
        <translation>Kategorien {name} finnes allerede</translation>
    </message>
    <message>
        <source>Category {name} is named by {uses} in the loyalty program</source>
        <comment>error.category_in_program</comment>
        <translation>Kategorien {name} er nevnt av {uses} i lojalitetsprogrammet</translation>
    </message>
    <message>
        <source>Category {name} still has {count} products; move them to another first</source>
        <comment>error.category_in_use</comment>
        <translation>Kategorien {name} har fortsatt {count} varer; flytt dem til en annen først</translation>
    </message>
    <message>
        <source>A category needs a name</source>
        <comment>error.category_name_required</comment>
        <translation>En kategori trenger et navn</translation>
    </message>
    <message>
        <source>A category name has at most {max_name_length} characters</source>
        <comment>error.category_name_too_long</comment>
        <translation>Et kategorinavn har høyst {max_name_length} tegn</translation>
    </message>
    <message>
        <source>Category {key} was not found.</source>
        <comment>error.category_unknown</comment>
        <translation>Kategori {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>{what} cannot be undone: add --yes to confirm it from a script</source>
        <comment>error.confirm_required</comment>
        <translation>{what} kan ikke angres: legg til --yes for å bekrefte fra et skript</translation>
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
        <source>The country cannot change once the shop has made a sale</source>
        <comment>error.country_fixed</comment>
        <translation>Landet kan ikke endres når butikken har gjort et salg</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <comment>error.csv_unreadable</comment>
        <translation>Kan ikke åpne {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <comment>error.csv_unreadable.csv</comment>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <comment>error.csv_unreadable.not_utf8</comment>
        <translation>{path} er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <source>Cannot write {out_path}: {reason}</source>
        <comment>error.csv_unwritable</comment>
        <translation>Kan ikke skrive {out_path}: {reason}</translation>
    </message>
    <message>
        <source>{new} has {exponent} decimals and {old} {old_exponent}: every price and threshold would change; set the shop up again in {new} instead</source>
        <comment>error.currency_decimals_differ</comment>
        <translation>{new} har {exponent} desimaler og {old} {old_exponent}: alle priser og terskler ville endret seg; sett opp butikken på nytt i {new} i stedet</translation>
    </message>
    <message>
        <source>The currency cannot change once the shop has made a sale</source>
        <comment>error.currency_fixed</comment>
        <translation>Valutaen kan ikke endres når butikken har gjort et salg</translation>
    </message>
    <message>
        <source>{product} is priced in {currency}</source>
        <comment>error.currency_mismatch</comment>
        <translation>{product} er priset i {currency}</translation>
    </message>
    <message>
        <source>The basket is in {basket}, the program in {program}</source>
        <comment>error.currency_mismatch.program</comment>
        <translation>Handlekurven er i {basket}, programmet i {program}</translation>
    </message>
    <message>
        <source>{problem} The newest backup that passes check is {backup}; restore it with: loyalty-pos --data-dir {data_dir} restore {backup}</source>
        <comment>error.damaged_shop</comment>
        <translation>{problem} Den nyeste sikkerhetskopien som består kontrollen (check), er {backup}; gjenopprett den med: loyalty-pos --data-dir {data_dir} restore {backup}</translation>
    </message>
    <message>
        <source>{problem} No backup that passes check was found in {folder}; if you keep copies elsewhere, restore one with: loyalty-pos --data-dir {data_dir} restore BACKUP</source>
        <comment>error.damaged_shop.no_backup</comment>
        <translation>{problem} Fant ingen sikkerhetskopi som består kontrollen (check), i {folder}; har du kopier andre steder, gjenopprett en med: loyalty-pos --data-dir {data_dir} restore BACKUP</translation>
    </message>
    <message>
        <source>{holder} is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use</comment>
        <translation>{holder} kjører allerede i denne datamappen (pid {pid} på verten {host}); lukk den først</translation>
    </message>
    <message>
        <source>loyalty-pos demo is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.demo</comment>
        <translation>loyalty-pos demo kjører allerede i denne datamappen (pid {pid} på verten {host}); lukk den først</translation>
    </message>
    <message>
        <source>loyalty-pos restore is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.restore</comment>
        <translation>loyalty-pos restore kjører allerede i denne datamappen (pid {pid} på verten {host}); lukk den først</translation>
    </message>
    <message>
        <source>the till is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.till</comment>
        <translation>kassen kjører allerede i denne datamappen (pid {pid} på verten {host}); lukk den først</translation>
    </message>
    <message>
        <source>another loyalty-pos is already running on this data directory; close it first</source>
        <comment>error.data_dir_in_use.unknown</comment>
        <translation>en annen loyalty-pos kjører allerede i denne datamappen; lukk den først</translation>
    </message>
    <message>
        <source>a database upgrade is already running on this data directory (pid {pid} on host {host}); close it first</source>
        <comment>error.data_dir_in_use.upgrade</comment>
        <translation>en databaseoppgradering kjører allerede i denne datamappen (pid {pid} på verten {host}); lukk den først</translation>
    </message>
    <message>
        <source>Cannot use data directory {path}: {reason}.</source>
        <comment>error.data_dir_unusable</comment>
        <translation>Kan ikke bruke datamappen {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use data directory {path}: it is not writable.</source>
        <comment>error.data_dir_unusable.not_writable</comment>
        <translation>Kan ikke bruke datamappen {path}: den kan ikke skrives til.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (file permissions, or a read-only view); nothing was saved.</source>
        <comment>error.database_read_only</comment>
        <translation>Databasen {path} kan ikke skrives (filrettigheter, eller en skrivebeskyttet visning); ingenting ble lagret.</translation>
    </message>
    <message>
        <source>{path} was written by a newer loyalty-pos (schema {revision}); update this till first.</source>
        <comment>error.database_too_new</comment>
        <translation>{path} ble skrevet av en nyere loyalty-pos (skjema {revision}); oppdater denne kassen først.</translation>
    </message>
    <message>
        <source>This till was disconnected from the chain (its token was revoked); register it again.</source>
        <comment>error.disconnected</comment>
        <translation>Denne kassen ble koblet fra kjeden (tokenet ble trukket tilbake); registrer den på nytt.</translation>
    </message>
    <message>
        <source>A manual discount needs the manager role.</source>
        <comment>error.discount_needs_approval</comment>
        <translation>En manuell rabatt krever rollen leder.</translation>
    </message>
    <message>
        <source>The disk holding the database is full; nothing was saved. Free some space and try again.</source>
        <comment>error.disk_full</comment>
        <translation>Disken med databasen er full; ingenting ble lagret. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The database could not be written (a disk I/O error: the disk may be full or failing, or a file size limit was reached); nothing was saved. Free some space or check the disk, then try again.</source>
        <comment>error.disk_write_failed</comment>
        <translation>Databasen kunne ikke skrives (en I/O-feil på disken: disken kan være full eller svikte, eller en grense for filstørrelse er nådd); ingenting ble lagret. Frigjør plass eller sjekk disken, og prøv igjen.</translation>
    </message>
    <message>
        <source>{points} points give {charity} nothing; give at least {least}</source>
        <comment>error.donation_too_small</comment>
        <translation>{points} poeng gir {charity} ingenting; gi minst {least}</translation>
    </message>
    <message>
        <source>Two charities have the id {charity!r}</source>
        <comment>error.duplicate_charity</comment>
        <translation>To organisasjoner har ID-en {charity!r}</translation>
    </message>
    <message>
        <source>Two rows have the id {key}; rename one</source>
        <comment>error.duplicate_id</comment>
        <translation>To rader har id-en {key}; gi én av dem nytt navn</translation>
    </message>
    <message>
        <source>Two price rules have the same id</source>
        <comment>error.duplicate_price_rule</comment>
        <translation>To prisregler har samme id</translation>
    </message>
    <message>
        <source>Tier codes must be unique</source>
        <comment>error.duplicate_tier</comment>
        <translation>Nivåkodene må være unike</translation>
    </message>
    <message>
        <source>{product} is only for {tier} members and up until {day}</source>
        <comment>error.early_access</comment>
        <translation>{product} er bare for {tier}-medlemmer og høyere fram til {day}</translation>
    </message>
    <message>
        <source>Email {email} already belongs to a member</source>
        <comment>error.email_in_use</comment>
        <translation>E-postadressen {email} tilhører allerede et medlem</translation>
    </message>
    <message>
        <source>The basket is empty</source>
        <comment>error.empty_basket</comment>
        <translation>Kurven er tom</translation>
    </message>
    <message>
        <source>The shop database {path} is empty (0 bytes); it is left as it is, never set up over. Restore a backup with &apos;loyalty-pos restore BACKUP&apos;, or move the file away to set up a new shop.</source>
        <comment>error.empty_database</comment>
        <translation>Butikkdatabasen {path} er tom (0 byte); den blir stående som den er og blir aldri satt opp på nytt. Gjenopprett en sikkerhetskopi med &apos;loyalty-pos restore BACKUP&apos;, eller flytt filen bort for å sette opp en ny butikk.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>error.file_unreadable</comment>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>The bundled font {name} could not be loaded; reinstall loyalty-pos.</source>
        <comment>error.font_unusable</comment>
        <translation>Den medfølgende skriften {name} kunne ikke lastes; installer loyalty-pos på nytt.</translation>
    </message>
    <message>
        <source>A gift card amount is at most {maximum:,} minor units</source>
        <comment>error.gift_card_amount_too_large</comment>
        <translation>Et gavekortbeløp er høyst {maximum:,} minste enheter</translation>
    </message>
    <message>
        <source>Gift card {card} has {available} left; it cannot pay {wanted}.</source>
        <comment>error.gift_card_balance</comment>
        <translation>Gavekort {card} har {available} igjen; det kan ikke betale {wanted}.</translation>
    </message>
    <message>
        <source>Gift card {card} holds {currency}</source>
        <comment>error.gift_card_currency</comment>
        <translation>Gavekort {card} er i {currency}</translation>
    </message>
    <message>
        <source>Gift card {card} has nothing left to void</source>
        <comment>error.gift_card_empty</comment>
        <translation>Gavekort {card} har ingenting igjen å annullere</translation>
    </message>
    <message>
        <source>Put from {low} to {high} on a gift card at once</source>
        <comment>error.gift_card_load</comment>
        <translation>Sett inn fra {low} til {high} på et gavekort om gangen</translation>
    </message>
    <message>
        <source>This till has not reached the chain&apos;s server lately, so gift card {card} may pay at most {cap} a day here ({used} already paid today). Take less from the card, or sync first.</source>
        <comment>error.gift_card_offline_cap</comment>
        <translation>Denne kassen har ikke nådd kjedens server i det siste, så gavekort {card} kan betale høyst {cap} per dag her ({used} allerede betalt i dag). Ta mindre fra kortet, eller synkroniser først.</translation>
    </message>
    <message>
        <source>A gift card pays at most the amount due, {due}</source>
        <comment>error.gift_card_over_total</comment>
        <translation>Et gavekort betaler høyst beløpet som skal betales, {due}</translation>
    </message>
    <message>
        <source>Gift card {card} has not been sold here</source>
        <comment>error.gift_card_unknown</comment>
        <translation>Gavekort {card} er ikke solgt her</translation>
    </message>
    <message>
        <source>Say why the card is voided: the till shows the reason when the card is used</source>
        <comment>error.gift_card_void_reason</comment>
        <translation>Si hvorfor kortet annulleres: kassen viser grunnen når kortet brukes</translation>
    </message>
    <message>
        <source>Gift card {card} was voided on {day}: {reason}</source>
        <comment>error.gift_card_voided</comment>
        <translation>Gavekort {card} ble annullert {day}: {reason}</translation>
    </message>
    <message>
        <source>Gift card {card} was voided on {day}</source>
        <comment>error.gift_card_voided_no_reason</comment>
        <translation>Gavekort {card} ble annullert {day}</translation>
    </message>
    <message>
        <source>This shop does not sell or take gift cards</source>
        <comment>error.gift_cards_off</comment>
        <translation>Denne butikken selger og tar ikke imot gavekort</translation>
    </message>
    <message>
        <source>{reward}: the winners are already drawn.</source>
        <comment>error.giveaway_drawn</comment>
        <translation>{reward}: vinnerne er allerede trukket.</translation>
    </message>
    <message>
        <source>{reward}: no seed was committed before entries closed, so the draw could not be verified. Nothing was drawn.</source>
        <comment>error.giveaway_no_seed</comment>
        <translation>{reward}: ingen frø ble låst før påmeldingen stengte, så trekningen kunne ikke kontrolleres. Ingenting ble trukket.</translation>
    </message>
    <message>
        <source>{reward}: not drawn yet; there is nothing to verify.</source>
        <comment>error.giveaway_not_drawn</comment>
        <translation>{reward}: ikke trukket ennå; det er ingenting å kontrollere.</translation>
    </message>
    <message>
        <source>{reward}: entries are open until {day}; draw after they close.</source>
        <comment>error.giveaway_open</comment>
        <translation>{reward}: påmeldingen er åpen til {day}; trekk etter at den stenger.</translation>
    </message>
    <message>
        <source>{reward}: entries have closed; a seed committed now could be chosen knowing the entries.</source>
        <comment>error.giveaway_refused</comment>
        <translation>{reward}: påmeldingen har stengt; et frø som låses nå, kunne vært valgt med kjennskap til loddene.</translation>
    </message>
    <message>
        <source>{reward}: a seed is already committed; it cannot be changed.</source>
        <comment>error.giveaway_seed_committed</comment>
        <translation>{reward}: et frø er allerede låst; det kan ikke endres.</translation>
    </message>
    <message>
        <source>No published giveaway {key}.</source>
        <comment>error.giveaway_unknown</comment>
        <translation>Ingen publisert trekning {key}.</translation>
    </message>
    <message>
        <source>{whose} contains {char!r} ({codepoint} {char_name}), which no font on this computer can draw (the cards use {family}); change the name, or install a font that has it</source>
        <comment>error.glyph_missing</comment>
        <translation>{whose} inneholder {char!r} ({codepoint} {char_name}), som ingen skrift på denne datamaskinen kan tegne (kortene bruker {family}); endre navnet, eller installer en skrift som har det</translation>
    </message>
    <message>
        <source>{problem} (not {url!r})</source>
        <comment>error.insecure_url</comment>
        <translation>{problem} (ikke {url!r})</translation>
    </message>
    <message>
        <source>The server address starts with https:// and names a host, e.g. https://chain.example.com (not {url!r})</source>
        <comment>error.insecure_url.no_host</comment>
        <translation>Serveradressen begynner med https:// og angir en vert, f.eks. https://chain.example.com (ikke {url!r})</translation>
    </message>
    <message>
        <source>Use https:// for the server: plain http:// is only for a server on this computer (localhost) (not {url!r})</source>
        <comment>error.insecure_url.plain_http</comment>
        <translation>Bruk https:// for serveren: vanlig http:// er bare for en server på denne datamaskinen (localhost) (ikke {url!r})</translation>
    </message>
    <message>
        <source>Needs {needed} points, member has {available}.</source>
        <comment>error.insufficient_points</comment>
        <translation>Trenger {needed} poeng, medlemmet har {available}.</translation>
    </message>
    <message>
        <source>This till did not join the chain: {problems}. Nothing was saved; ask head office for a new enrolment code (this one is used up) and try again.</source>
        <comment>error.join_failed.fails_check</comment>
        <translation>Denne kassen ble ikke med i kjeden: {problems}. Ingenting ble lagret; be hovedkontoret om en ny innmeldingskode (denne er brukt opp) og prøv igjen.</translation>
    </message>
    <message>
        <source>This till did not join the chain: head office has not published the shop yet (its till publishes it on its next sync). Nothing was saved; ask head office for a new enrolment code (this one is used up) and try again.</source>
        <comment>error.join_failed.not_published</comment>
        <translation>Denne kassen ble ikke med i kjeden: hovedkontoret har ikke publisert butikken ennå (kassen der publiserer den ved neste synkronisering). Ingenting ble lagret; be hovedkontoret om en ny innmeldingskode (denne er brukt opp) og prøv igjen.</translation>
    </message>
    <message>
        <source>This till did not join the chain: {reason} Nothing was saved; ask head office for a new enrolment code (this one is used up) and try again.</source>
        <comment>error.join_failed.sync</comment>
        <translation>Denne kassen ble ikke med i kjeden: {reason} Ingenting ble lagret; be hovedkontoret om en ny innmeldingskode (denne er brukt opp) og prøv igjen.</translation>
    </message>
    <message>
        <source>{username} is the last active manager; nobody could manage the shop.</source>
        <comment>error.last_manager</comment>
        <translation>{username} er den siste aktive lederen; ingen kunne da styre butikken.</translation>
    </message>
    <message>
        <source>The logo {name} cannot be used: {reason}.</source>
        <comment>error.logo_refused</comment>
        <translation>Logoen {name} kan ikke brukes: {reason}.</translation>
    </message>
    <message>
        <source>The logo stored with the shop cannot be read; use a PNG or JPEG file, or print without a logo</source>
        <comment>error.logo_unreadable</comment>
        <translation>Logoen som er lagret med butikken kan ikke leses; bruk en PNG- eller JPEG-fil, eller skriv ut uten logo</translation>
    </message>
    <message>
        <source>The logo {path} cannot be read; use a PNG or JPEG file, or print without a logo</source>
        <comment>error.logo_unreadable.file</comment>
        <translation>Logoen {path} kan ikke leses; bruk en PNG- eller JPEG-fil, eller skriv ut uten logo</translation>
    </message>
    <message>
        <source>The operation was refused.</source>
        <comment>error.loyalty_error</comment>
        <translation>Handlingen ble avvist.</translation>
    </message>
    <message>
        <source>Card refused: this member is blocked.</source>
        <comment>error.member_blocked</comment>
        <translation>Kortet ble avvist: dette medlemmet er sperret.</translation>
    </message>
    <message>
        <source>Card refused: the member holding card {card} is blocked.</source>
        <comment>error.member_blocked.printing</comment>
        <translation>Kortet ble avvist: medlemmet som har kort {card}, er sperret.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s name, phone, email or birthday needs the manager role.</source>
        <comment>error.member_change_needs_manager</comment>
        <translation>Å endre medlemmets navn, telefon, e-post eller fødselsdag krever rollen leder.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s birthday needs the manager role.</source>
        <comment>error.member_change_needs_manager.birthday</comment>
        <translation>Å endre medlemmets fødselsdag krever rollen leder.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s email needs the manager role.</source>
        <comment>error.member_change_needs_manager.email</comment>
        <translation>Å endre medlemmets e-post krever rollen leder.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s name needs the manager role.</source>
        <comment>error.member_change_needs_manager.name</comment>
        <translation>Å endre medlemmets navn krever rollen leder.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s phone needs the manager role.</source>
        <comment>error.member_change_needs_manager.phone</comment>
        <translation>Å endre medlemmets telefon krever rollen leder.</translation>
    </message>
    <message>
        <source>Card refused: this member&apos;s data was erased.</source>
        <comment>error.member_erased</comment>
        <translation>Kortet ble avvist: dette medlemmets data er slettet.</translation>
    </message>
    <message>
        <source>Card refused: the member holding card {card} is erased.</source>
        <comment>error.member_erased.printing</comment>
        <translation>Kortet ble avvist: medlemmet som har kort {card}, er slettet.</translation>
    </message>
    <message>
        <source>This record was merged into member {merged_into}: erase that member (its duplicates go with it)</source>
        <comment>error.member_merged</comment>
        <translation>Denne oppføringen ble slått sammen med medlem {merged_into}: slett det medlemmet (duplikatene følger med)</translation>
    </message>
    <message>
        <source>Card refused: this member was merged into another member.</source>
        <comment>error.member_merged.card</comment>
        <translation>Kortet ble avvist: dette medlemmet er slått sammen med et annet medlem.</translation>
    </message>
    <message>
        <source>Card refused: the member holding card {card} is merged.</source>
        <comment>error.member_merged.printing</comment>
        <translation>Kortet ble avvist: medlemmet som har kort {card}, er slått sammen.</translation>
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
        <source>A member may redeem at most {cap} points a day; this member has redeemed {used} today, so {left} are left.</source>
        <comment>error.member_redeem_cap</comment>
        <translation>Et medlem kan løse inn høyst {cap} poeng per dag; dette medlemmet har løst inn {used} i dag, så {left} er igjen.</translation>
    </message>
    <message>
        <source>Name the member: their id or card number</source>
        <comment>error.member_required</comment>
        <translation>Angi medlemmet: id eller kortnummer</translation>
    </message>
    <message>
        <source>Cannot merge {name}: that member is {status}</source>
        <comment>error.merge_duplicate_not_active</comment>
        <translation>Kan ikke slå sammen {name}: det medlemmet er {status}</translation>
    </message>
    <message>
        <source>A member cannot be merged into themselves</source>
        <comment>error.merge_same_member</comment>
        <translation>Et medlem kan ikke slås sammen med seg selv</translation>
    </message>
    <message>
        <source>Cannot merge into {name}: that member is {status}</source>
        <comment>error.merge_target_not_active</comment>
        <translation>Kan ikke slå sammen med {name}: det medlemmet er {status}</translation>
    </message>
    <message>
        <source>{text!r} has misplaced thousands separators</source>
        <comment>error.misplaced_groups</comment>
        <translation>{text!r} har feilplasserte tusenskilletegn</translation>
    </message>
    <message>
        <source>the till cannot open its window: Qt needs the system libraries {libraries} on X11; install them (Debian/Ubuntu: sudo apt install {packages}) and start the till again</source>
        <comment>error.missing_display_library</comment>
        <translation>kassen kan ikke åpne vinduet sitt: Qt trenger systembibliotekene {libraries} på X11; installer dem (Debian/Ubuntu: sudo apt install {packages}) og start kassen igjen</translation>
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
        <source>There are no cards to print</source>
        <comment>error.no_cards</comment>
        <translation>Det er ingen kort å skrive ut</translation>
    </message>
    <message>
        <source>Give at least one card number to print</source>
        <comment>error.no_cards.numbers</comment>
        <translation>Oppgi minst ett kortnummer å skrive ut</translation>
    </message>
    <message>
        <source>There is no shop database at {path}{hint} (run &apos;loyalty-pos demo&apos; or start the till first).</source>
        <comment>error.no_database</comment>
        <translation>Det finnes ingen butikkdatabase i {path}{hint} (kjør &apos;loyalty-pos demo&apos; eller start kassen først).</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); start the till from the desktop, or set QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen to run it without a screen)</source>
        <comment>error.no_display.unset</comment>
        <translation>fant ingen skjerm (DISPLAY og WAYLAND_DISPLAY er ikke satt); start kassen fra skrivebordet, eller sett QT_QPA_PLATFORM (for eksempel QT_QPA_PLATFORM=offscreen for å kjøre den uten skjerm)</translation>
    </message>
    <message>
        <source>There is no draft to discard</source>
        <comment>error.no_draft</comment>
        <translation>Det finnes ikke noe utkast å forkaste</translation>
    </message>
    <message>
        <source>There is no draft program to publish</source>
        <comment>error.no_draft.publish</comment>
        <translation>Det finnes ikke noe programutkast å publisere</translation>
    </message>
    <message>
        <source>There is no draft program to simulate; save a draft first</source>
        <comment>error.no_draft.simulate</comment>
        <translation>Det finnes ikke noe programutkast å simulere; lagre et utkast først</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: nothing left in the basket it applies to.</source>
        <comment>error.no_eligible_lines</comment>
        <translation>Belønning {reward} er ikke tilgjengelig: ingenting igjen i handlekurven den gjelder for.</translation>
    </message>
    <message>
        <source>The file has no codes: one code per line</source>
        <comment>error.no_partner_codes</comment>
        <translation>Filen har ingen koder: én kode per linje</translation>
    </message>
    <message>
        <source>No loyalty program is published yet; a manager must publish one first.</source>
        <comment>error.no_program</comment>
        <translation>Ingen fordelsprogram er publisert ennå; en leder må publisere et først.</translation>
    </message>
    <message>
        <source>This shop has no recovery code (it was set up before codes existed); another manager can reset the PIN with: loyalty-pos staff reset-pin</source>
        <comment>error.no_recovery_code</comment>
        <translation>Denne butikken har ingen gjenopprettingskode (den ble satt opp før kodene fantes); en annen leder kan tilbakestille PIN-koden med: loyalty-pos staff reset-pin</translation>
    </message>
    <message>
        <source>There is no shop in {path} yet. Set one up with &apos;loyalty-pos&apos; (a window guides you) or &apos;loyalty-pos init&apos; (see --help).</source>
        <comment>error.no_shop_yet</comment>
        <translation>Det finnes ingen butikk i {path} ennå. Sett opp en med &apos;loyalty-pos&apos; (et vindu leder deg) eller &apos;loyalty-pos init&apos; (se --help).</translation>
    </message>
    <message>
        <source>There is no shop in {path} yet; did you mean --data-dir {nearby}? Set one up with &apos;loyalty-pos&apos; (a window guides you) or &apos;loyalty-pos init&apos; (see --help).</source>
        <comment>error.no_shop_yet.nearby</comment>
        <translation>Det finnes ingen butikk i {path} ennå; mente du --data-dir {nearby}? Sett opp en med &apos;loyalty-pos&apos; (et vindu leder deg) eller &apos;loyalty-pos init&apos; (se --help).</translation>
    </message>
    <message>
        <source>There is no charity {charity!r} to give to</source>
        <comment>error.no_such_charity</comment>
        <translation>Det finnes ingen organisasjon {charity!r} å gi til</translation>
    </message>
    <message>
        <source>There is no tier {tier}; choose one of the program&apos;s tiers.</source>
        <comment>error.no_such_tier</comment>
        <translation>Det finnes ikke noe nivå {tier}; velg et av programmets nivåer.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for {what}: give it with {option}.</source>
        <comment>error.no_terminal</comment>
        <translation>Det finnes ingen terminal å spørre om {what}: oppgi det med {option}.</translation>
    </message>
    <message>
        <source>A program needs at least one tier</source>
        <comment>error.no_tiers</comment>
        <translation>Et program trenger minst ett nivå</translation>
    </message>
    <message>
        <source>{path} holds the shop {name!r}, not the demo; the demo never touches a real shop&apos;s data. Run &apos;loyalty-pos demo&apos; without --data-dir: the demo keeps its own folder.</source>
        <comment>error.not_a_demo</comment>
        <translation>{path} inneholder butikken {name!r}, ikke demoen; Demoen rører aldri en ekte butikks data. Kjør &apos;loyalty-pos demo&apos; uten --data-dir: demoen har sin egen mappe.</translation>
    </message>
    <message>
        <source>{path} holds a shop without a name, not the demo; the demo never touches a real shop&apos;s data. Run &apos;loyalty-pos demo&apos; without --data-dir: the demo keeps its own folder.</source>
        <comment>error.not_a_demo.unnamed</comment>
        <translation>{path} inneholder en butikk uten navn, ikke demoen; Demoen rører aldri en ekte butikks data. Kjør &apos;loyalty-pos demo&apos; uten --data-dir: demoen har sin egen mappe.</translation>
    </message>
    <message>
        <source>{wanted} is not an active manager of this shop.</source>
        <comment>error.not_a_manager</comment>
        <translation>{wanted} er ikke en aktiv leder i denne butikken.</translation>
    </message>
    <message>
        <source>{text!r} is not an amount</source>
        <comment>error.not_an_amount</comment>
        <translation>{text!r} er ikke et beløp</translation>
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
        <source>Card {key} was not found.</source>
        <comment>error.not_found.card</comment>
        <translation>Kort {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>Member {key} was not found.</source>
        <comment>error.not_found.member</comment>
        <translation>Medlem {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>Member {member} or original sale {sale} was not found.</source>
        <comment>error.not_found.member_or_sale</comment>
        <translation>Medlem {member} eller opprinnelig salg {sale} ble ikke funnet.</translation>
    </message>
    <message>
        <source>Staff {key} was not found.</source>
        <comment>error.not_found.staff</comment>
        <translation>Ansatt {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>{username} is not locked.</source>
        <comment>error.not_locked</comment>
        <translation>{username} er ikke låst.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (the file is empty); choose the right file or another data directory.</source>
        <comment>error.not_our_database.empty</comment>
        <translation>{path} er ikke en loyalty-pos-database (filen er tom); velg riktig fil eller en annen datamappe.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (tables {tables} are missing); choose the right file or another data directory.</source>
        <comment>error.not_our_database.missing_tables</comment>
        <translation>{path} er ikke en loyalty-pos-database (tabellene {tables} mangler); velg riktig fil eller en annen datamappe.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (there is no such file); choose the right file or another data directory.</source>
        <comment>error.not_our_database.no_file</comment>
        <translation>{path} er ikke en loyalty-pos-database (filen finnes ikke); velg riktig fil eller en annen datamappe.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (it has no schema revision); choose the right file or another data directory.</source>
        <comment>error.not_our_database.no_revision</comment>
        <translation>{path} er ikke en loyalty-pos-database (den har ingen skjemarevisjon); velg riktig fil eller en annen datamappe.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (it has none of our tables); choose the right file or another data directory.</source>
        <comment>error.not_our_database.no_tables</comment>
        <translation>{path} er ikke en loyalty-pos-database (den har ingen av tabellene våre); velg riktig fil eller en annen datamappe.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty-pos database (it is not a SQLite database); choose the right file or another data directory.</source>
        <comment>error.not_our_database.not_sqlite</comment>
        <translation>{path} er ikke en loyalty-pos-database (den er ikke en SQLite-database); velg riktig fil eller en annen datamappe.</translation>
    </message>
    <message>
        <source>This till is not registered with a chain server (loyalty-pos sync register).</source>
        <comment>error.not_registered</comment>
        <translation>Denne kassen er ikke registrert hos en kjedeserver (loyalty-pos sync register).</translation>
    </message>
    <message>
        <source>Line {line} ({product}): {left} of {bought} left to return, asked for {asked}</source>
        <comment>error.nothing_left_to_return</comment>
        <translation>Linje {line} ({product}): {left} av {bought} igjen å returnere, ba om {asked}</translation>
    </message>
    <message>
        <source>This till has no published program to send: publish a program first (Manager &gt; Program).</source>
        <comment>error.nothing_published</comment>
        <translation>Denne kassen har ikke noe publisert program å sende: publiser et program først (Leder &gt; Program).</translation>
    </message>
    <message>
        <source>Choose at least one line to return</source>
        <comment>error.nothing_to_return</comment>
        <translation>Velg minst én linje å returnere</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <comment>error.nothing_to_save</comment>
        <translation>Ingenting å lagre</translation>
    </message>
    <message>
        <source>The chain server cannot be reached ({url}).</source>
        <comment>error.offline</comment>
        <translation>Kjedeserveren kan ikke nås ({url}).</translation>
    </message>
    <message>
        <source>The connection to the chain server failed: {reason}</source>
        <comment>error.offline.connection</comment>
        <translation>Forbindelsen til kjedeserveren mislyktes: {reason}</translation>
    </message>
    <message>
        <source>The chain server did not answer in time ({url}).</source>
        <comment>error.offline.timeout</comment>
        <translation>Kjedeserveren svarte ikke i tide ({url}).</translation>
    </message>
    <message>
        <source>The chain server is unavailable (HTTP {status}); try again later.</source>
        <comment>error.offline.unavailable</comment>
        <translation>Kjedeserveren er utilgjengelig (HTTP {status}); prøv igjen senere.</translation>
    </message>
    <message>
        <source>This till has not reached the chain&apos;s server lately, so a member may redeem at most {cap} points a day here ({used} already used today). Redeem less, or sync first.</source>
        <comment>error.offline_redeem_cap</comment>
        <translation>Denne kassen har ikke nådd kjedens server i det siste, så et medlem kan løse inn høyst {cap} poeng om dagen her ({used} allerede brukt i dag). Løs inn mindre, eller synkroniser først.</translation>
    </message>
    <message>
        <source>member export needs --out FILE (.json or .pdf)</source>
        <comment>error.out_required</comment>
        <translation>member export trenger --out FIL (.json eller .pdf)</translation>
    </message>
    <message>
        <source>Not writing {path}: {reason}.</source>
        <comment>error.output_refused</comment>
        <translation>Skriver ikke {path}: {reason}.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is inside the shop&apos;s backups folder {backups}.</source>
        <comment>error.output_refused.backups</comment>
        <translation>Skriver ikke {path}: den ligger i butikkens sikkerhetskopimappe {backups}.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is the shop&apos;s card key.</source>
        <comment>error.output_refused.card_key</comment>
        <translation>Skriver ikke {path}: det er butikkens kortnøkkel.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is the shop&apos;s data folder.</source>
        <comment>error.output_refused.data_folder</comment>
        <translation>Skriver ikke {path}: det er butikkens datamappe.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is the shop&apos;s database.</source>
        <comment>error.output_refused.database</comment>
        <translation>Skriver ikke {path}: det er butikkens database.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is one of the shop&apos;s database files.</source>
        <comment>error.output_refused.database_file</comment>
        <translation>Skriver ikke {path}: det er en av butikkens databasefiler.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is a folder; give a file name.</source>
        <comment>error.output_refused.folder</comment>
        <translation>Skriver ikke {path}: det er en mappe; oppgi et filnavn.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is another name (a hard link) for one of the shop&apos;s files.</source>
        <comment>error.output_refused.hard_link</comment>
        <translation>Skriver ikke {path}: det er et annet navn (en hard lenke) for en av butikkens filer.</translation>
    </message>
    <message>
        <source>Not writing {path}: the data folder {data_dir} holds only the shop&apos;s own files; choose another folder.</source>
        <comment>error.output_refused.inside_data_folder</comment>
        <translation>Skriver ikke {path}: datamappen {data_dir} har bare butikkens egne filer; velg en annen mappe.</translation>
    </message>
    <message>
        <source>Not writing {path}: it is not a regular file (a device or pipe).</source>
        <comment>error.output_refused.not_a_file</comment>
        <translation>Skriver ikke {path}: det er ikke en vanlig fil (en enhet eller et rør).</translation>
    </message>
    <message>
        <source>This is your own member card ({name}): staff cannot earn on, redeem from or adjust their own card. Ask a colleague to ring up this sale.</source>
        <comment>error.own_card</comment>
        <translation>Dette er ditt eget medlemskort ({name}): ansatte kan ikke tjene, løse inn eller justere poeng på sitt eget kort. Be en kollega slå inn dette salget.</translation>
    </message>
    <message>
        <source>Paid membership {key} is not on sale.</source>
        <comment>error.paid_tier_unknown</comment>
        <translation>Det betalte medlemskapet {key} er ikke til salgs.</translation>
    </message>
    <message>
        <source>Receipt paper is 58mm or 80mm, not {paper!r}</source>
        <comment>error.paper_unknown</comment>
        <translation>Kvitteringspapiret er 58mm eller 80mm, ikke {paper!r}</translation>
    </message>
    <message>
        <source>Could not read {path} as a UTF-8 text or CSV file of codes.</source>
        <comment>error.partner_code_file</comment>
        <translation>Kunne ikke lese {path} som en UTF-8-tekstfil eller CSV-fil med koder.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: no partner codes are left on this till. A manager imports more in the back office (Rewards).</source>
        <comment>error.partner_codes_used_up</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: denne kassen har ingen partnerkoder igjen. En leder importerer flere i administrasjonen (Belønninger).</translation>
    </message>
    <message>
        <source>No published partner-code reward {key}.</source>
        <comment>error.partner_reward_unknown</comment>
        <translation>Ingen publisert partnerkode-belønning {key}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <comment>error.passphrases_differ</comment>
        <translation>De to passordfrasene er ulike; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{action} needs the {role} role.</source>
        <comment>error.permission_denied</comment>
        <translation>{action} krever rollen {role}.</translation>
    </message>
    <message>
        <source>Adding product categories needs the manager role.</source>
        <comment>error.permission_denied.adding_product_categories</comment>
        <translation>Å legge til varekategorier krever rollen leder.</translation>
    </message>
    <message>
        <source>Adjusting points needs the manager role.</source>
        <comment>error.permission_denied.adjusting_points</comment>
        <translation>Å justere poeng krever rollen leder.</translation>
    </message>
    <message>
        <source>Blocking a card needs the manager role.</source>
        <comment>error.permission_denied.blocking_a_card</comment>
        <translation>Å sperre et kort krever rollen leder.</translation>
    </message>
    <message>
        <source>Changing shop settings needs the manager role.</source>
        <comment>error.permission_denied.changing_shop_settings</comment>
        <translation>Å endre butikkinnstillingene krever rollen leder.</translation>
    </message>
    <message>
        <source>Changing staff accounts needs the manager role.</source>
        <comment>error.permission_denied.changing_staff_accounts</comment>
        <translation>Å endre ansattkontoer krever rollen leder.</translation>
    </message>
    <message>
        <source>Committing a giveaway&apos;s seed needs the manager role.</source>
        <comment>error.permission_denied.committing_a_giveaways_seed</comment>
        <translation>Å låse frøet til en trekning krever lederrollen.</translation>
    </message>
    <message>
        <source>Creating staff needs the manager role.</source>
        <comment>error.permission_denied.creating_staff</comment>
        <translation>Å opprette ansatte krever rollen leder.</translation>
    </message>
    <message>
        <source>Deactivating products needs the manager role.</source>
        <comment>error.permission_denied.deactivating_products</comment>
        <translation>Å deaktivere varer krever rollen leder.</translation>
    </message>
    <message>
        <source>Discarding the draft program needs the manager role.</source>
        <comment>error.permission_denied.discarding_the_draft_program</comment>
        <translation>Å forkaste programutkastet krever rollen leder.</translation>
    </message>
    <message>
        <source>Drawing a giveaway needs the manager role.</source>
        <comment>error.permission_denied.drawing_a_giveaway</comment>
        <translation>Å trekke vinnere krever lederrollen.</translation>
    </message>
    <message>
        <source>Editing campaigns needs the manager role.</source>
        <comment>error.permission_denied.editing_campaigns</comment>
        <translation>Å redigere kampanjer krever rollen leder.</translation>
    </message>
    <message>
        <source>Editing charities needs the manager role.</source>
        <comment>error.permission_denied.editing_charities</comment>
        <translation>Å redigere veldedige organisasjoner krever lederrollen.</translation>
    </message>
    <message>
        <source>Editing gift card rules needs the manager role.</source>
        <comment>error.permission_denied.editing_gift_card_rules</comment>
        <translation>Å redigere gavekortreglene krever lederrollen.</translation>
    </message>
    <message>
        <source>Editing products needs the manager role.</source>
        <comment>error.permission_denied.editing_products</comment>
        <translation>Å redigere varer krever rollen leder.</translation>
    </message>
    <message>
        <source>Editing segments needs the manager role.</source>
        <comment>error.permission_denied.editing_segments</comment>
        <translation>Å redigere målgrupper krever rollen leder.</translation>
    </message>
    <message>
        <source>Editing the loyalty program needs the manager role.</source>
        <comment>error.permission_denied.editing_the_loyalty_program</comment>
        <translation>Å redigere lojalitetsprogrammet krever rollen leder.</translation>
    </message>
    <message>
        <source>Editing the reward catalog needs the manager role.</source>
        <comment>error.permission_denied.editing_the_reward_catalog</comment>
        <translation>Å redigere belønningskatalogen krever rollen leder.</translation>
    </message>
    <message>
        <source>Ending campaigns needs the manager role.</source>
        <comment>error.permission_denied.ending_campaigns</comment>
        <translation>Å avslutte kampanjer krever rollen leder.</translation>
    </message>
    <message>
        <source>Erasing a member needs the manager role.</source>
        <comment>error.permission_denied.erasing_a_member</comment>
        <translation>Å slette et medlem krever rollen leder.</translation>
    </message>
    <message>
        <source>Erasing inactive members needs the manager role.</source>
        <comment>error.permission_denied.erasing_inactive_members</comment>
        <translation>Å slette inaktive medlemmer krever rollen leder.</translation>
    </message>
    <message>
        <source>Exporting a member&apos;s data needs the manager role.</source>
        <comment>error.permission_denied.exporting_a_member_s_data</comment>
        <translation>Å eksportere et medlems data krever rollen leder.</translation>
    </message>
    <message>
        <source>Importing a card signing key needs the manager role.</source>
        <comment>error.permission_denied.importing_a_card_signing_key</comment>
        <translation>Å importere en kortsigneringsnøkkel krever rollen leder.</translation>
    </message>
    <message>
        <source>Importing partner codes needs the manager role.</source>
        <comment>error.permission_denied.importing_partner_codes</comment>
        <translation>Å importere partnerkoder krever lederrollen.</translation>
    </message>
    <message>
        <source>Importing products needs the manager role.</source>
        <comment>error.permission_denied.importing_products</comment>
        <translation>Å importere varer krever rollen leder.</translation>
    </message>
    <message>
        <source>Importing sales needs the manager role.</source>
        <comment>error.permission_denied.importing_sales</comment>
        <translation>Å importere salg krever rollen leder.</translation>
    </message>
    <message>
        <source>Linking a staff account to a member needs the manager role.</source>
        <comment>error.permission_denied.linking_a_staff_account_to_a_member</comment>
        <translation>Å koble en ansattkonto til et medlem krever lederrollen.</translation>
    </message>
    <message>
        <source>Looking up a gift card&apos;s history needs the manager role.</source>
        <comment>error.permission_denied.looking_up_a_gift_cards_history</comment>
        <translation>Å slå opp et gavekorts historikk krever lederrollen.</translation>
    </message>
    <message>
        <source>Managing staff accounts needs the manager role.</source>
        <comment>error.permission_denied.managing_staff_accounts</comment>
        <translation>Å administrere ansattkontoer krever rollen leder.</translation>
    </message>
    <message>
        <source>Merging members needs the manager role.</source>
        <comment>error.permission_denied.merging_members</comment>
        <translation>Å slå sammen medlemmer krever rollen leder.</translation>
    </message>
    <message>
        <source>Publishing the loyalty program needs the manager role.</source>
        <comment>error.permission_denied.publishing_the_loyalty_program</comment>
        <translation>Å publisere lojalitetsprogrammet krever rollen leder.</translation>
    </message>
    <message>
        <source>Re-issuing a card needs the manager role.</source>
        <comment>error.permission_denied.re_issuing_a_card</comment>
        <translation>Å utstede et kort på nytt krever rollen leder.</translation>
    </message>
    <message>
        <source>Reading shop settings needs the manager role.</source>
        <comment>error.permission_denied.reading_shop_settings</comment>
        <translation>Å lese butikkinnstillingene krever rollen leder.</translation>
    </message>
    <message>
        <source>Reading staff accounts needs the manager role.</source>
        <comment>error.permission_denied.reading_staff_accounts</comment>
        <translation>Å lese ansattkontoer krever rollen leder.</translation>
    </message>
    <message>
        <source>Reading the audit log needs the manager role.</source>
        <comment>error.permission_denied.reading_the_audit_log</comment>
        <translation>Å lese revisjonsloggen krever rollen leder.</translation>
    </message>
    <message>
        <source>Removing product categories needs the manager role.</source>
        <comment>error.permission_denied.removing_product_categories</comment>
        <translation>Å fjerne varekategorier krever rollen leder.</translation>
    </message>
    <message>
        <source>Replacing the card signing key needs the manager role.</source>
        <comment>error.permission_denied.replacing_the_card_signing_key</comment>
        <translation>Å erstatte kortsigneringsnøkkelen krever rollen leder.</translation>
    </message>
    <message>
        <source>Resetting a PIN needs the manager role.</source>
        <comment>error.permission_denied.resetting_a_pin</comment>
        <translation>Å tilbakestille en PIN-kode krever rollen leder.</translation>
    </message>
    <message>
        <source>Retiring rewards needs the manager role.</source>
        <comment>error.permission_denied.retiring_rewards</comment>
        <translation>Å trekke tilbake belønninger krever rollen leder.</translation>
    </message>
    <message>
        <source>Rotating the card signing key needs the manager role.</source>
        <comment>error.permission_denied.rotating_the_card_signing_key</comment>
        <translation>Å bytte kortsigneringsnøkkelen krever rollen leder.</translation>
    </message>
    <message>
        <source>Transferring points needs the manager role.</source>
        <comment>error.permission_denied.transferring_points</comment>
        <translation>Å overføre poeng krever rollen leder.</translation>
    </message>
    <message>
        <source>Unlocking a staff account needs the manager role.</source>
        <comment>error.permission_denied.unlocking_a_staff_account</comment>
        <translation>Å låse opp en ansattkonto krever rollen leder.</translation>
    </message>
    <message>
        <source>Verifying the audit log needs the manager role.</source>
        <comment>error.permission_denied.verifying_the_audit_log</comment>
        <translation>Å verifisere revisjonsloggen krever rollen leder.</translation>
    </message>
    <message>
        <source>Voiding a gift card needs the manager role.</source>
        <comment>error.permission_denied.voiding_a_gift_card</comment>
        <translation>Å annullere et gavekort krever lederrollen.</translation>
    </message>
    <message>
        <source>Phone {phone} already belongs to a member</source>
        <comment>error.phone_in_use</comment>
        <translation>Telefonnummeret {phone} tilhører allerede et medlem</translation>
    </message>
    <message>
        <source>Member with phone {key} was not found.</source>
        <comment>error.phone_unknown</comment>
        <translation>Medlem med telefon {key} ble ikke funnet.</translation>
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
        <source>points to spend must be above 0</source>
        <comment>error.points_not_positive</comment>
        <translation>poeng som brukes må være over 0</translation>
    </message>
    <message>
        <source>One entry moves at most {max_points_per_entry:,} points, not {points:,}</source>
        <comment>error.points_too_many</comment>
        <translation>En postering flytter høyst {max_points_per_entry:,} poeng, ikke {points:,}</translation>
    </message>
    <message>
        <source>{printed:,} printed card(s) carry QR codes signed with this till&apos;s key {current}; after the swap those QR codes would be refused (their barcodes still scan). Pass --replace-printed to swap anyway, then reprint them</source>
        <comment>error.printed_cards_use_this_key</comment>
        <translation>{printed:,} utskrevne kort har QR-koder signert med kassens nøkkel {current}; etter byttet ville de QR-kodene bli avvist (strekkodene kan fortsatt skannes). Bruk --replace-printed for å bytte likevel, og skriv dem ut på nytt</translation>
    </message>
    <message>
        <source>A network receipt printer needs a host</source>
        <comment>error.printer_host_required</comment>
        <translation>En nettverkskvitteringsskriver trenger en vert</translation>
    </message>
    <message>
        <source>A receipt printer is usb, network, file or dummy, not {kind!r}</source>
        <comment>error.printer_kind_unknown</comment>
        <translation>En kvitteringsskriver er usb, network, file eller dummy, ikke {kind!r}</translation>
    </message>
    <message>
        <source>A file receipt printer needs a path</source>
        <comment>error.printer_path_required</comment>
        <translation>En filkvitteringsskriver trenger en sti</translation>
    </message>
    <message>
        <source>python-escpos has no printer profile named {profile!r}</source>
        <comment>error.printer_profile_unknown</comment>
        <translation>python-escpos har ingen skriverprofil som heter {profile!r}</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: {reason}. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable</comment>
        <translation>Skriveren {printer} er ikke tilgjengelig: {reason}. Kontroller at den er på og tilkoblet, og skriv ut på nytt.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: {copies} copies of {receipt} are already there. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.copies</comment>
        <translation>Skriveren {printer} er ikke tilgjengelig: {copies} kopier av {receipt} finnes allerede. Kontroller at den er på og tilkoblet, og skriv ut på nytt.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: the print job could not be started. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.job_not_started</comment>
        <translation>Skriveren {printer} er ikke tilgjengelig: utskriftsjobben kunne ikke startes. Kontroller at den er på og tilkoblet, og skriv ut på nytt.</translation>
    </message>
    <message>
        <source>Printer (default) is not available: no default printer is set up on this computer. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.no_default</comment>
        <translation>Skriveren (standard) er ikke tilgjengelig: ingen standardskriver er satt opp på denne datamaskinen. Kontroller at den er på og tilkoblet, og skriv ut på nytt.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: USB printing needs the pyusb package: pip install &apos;python-escpos[usb]&apos;. Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.no_pyusb</comment>
        <translation>Skriveren {printer} er ikke tilgjengelig: USB-utskrift trenger pakken pyusb: pip install &apos;python-escpos[usb]&apos;. Kontroller at den er på og tilkoblet, og skriv ut på nytt.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: no printer has that name (installed: {installed}). Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.unknown</comment>
        <translation>Skriveren {printer} er ikke tilgjengelig: ingen skriver har det navnet (installert: {installed}). Kontroller at den er på og tilkoblet, og skriv ut på nytt.</translation>
    </message>
    <message>
        <source>Printer {printer} is not available: no printer has that name (installed: none). Check that it is on and connected, then reprint.</source>
        <comment>error.printer_unavailable.unknown_none_installed</comment>
        <translation>Skriveren {printer} er ikke tilgjengelig: ingen skriver har det navnet (ingen er installert). Kontroller at den er på og tilkoblet, og skriv ut på nytt.</translation>
    </message>
    <message>
        <source>A USB receipt printer needs its vendor and product id (see lsusb)</source>
        <comment>error.printer_usb_ids_required</comment>
        <translation>En USB-kvitteringsskriver trenger leverandør- og produkt-id (se lsusb)</translation>
    </message>
    <message>
        <source>A product needs a category</source>
        <comment>error.product_category_required</comment>
        <translation>En vare trenger en kategori</translation>
    </message>
    <message>
        <source>Code {product_code} is already {name}</source>
        <comment>error.product_code_in_use</comment>
        <translation>Koden {product_code} er allerede {name}</translation>
    </message>
    <message>
        <source>A product needs a code</source>
        <comment>error.product_code_required</comment>
        <translation>En vare trenger en kode</translation>
    </message>
    <message>
        <source>{product} is no longer sold</source>
        <comment>error.product_inactive</comment>
        <translation>{product} selges ikke lenger</translation>
    </message>
    <message>
        <source>A product needs a name</source>
        <comment>error.product_name_required</comment>
        <translation>En vare trenger et navn</translation>
    </message>
    <message>
        <source>Product {key} was not found.</source>
        <comment>error.product_unknown</comment>
        <translation>Vare {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>The chain server sent an event this till cannot read: {problem}</source>
        <comment>error.protocol</comment>
        <translation>Kjedeserveren sendte en hendelse denne kassen ikke kan lese: {problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot has no as_of.</source>
        <comment>error.protocol.as_of</comment>
        <translation>Kjedeserverens øyeblikksbilde har ingen as_of.</translation>
    </message>
    <message>
        <source>The chain server sent a snapshot member this till cannot read: {problem}</source>
        <comment>error.protocol.member</comment>
        <translation>Kjedeserveren sendte et medlem i øyeblikksbildet som denne kassen ikke kan lese: {problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot page has no members list.</source>
        <comment>error.protocol.members</comment>
        <translation>Siden i kjedeserverens øyeblikksbilde har ingen medlemsliste.</translation>
    </message>
    <message>
        <source>The chain server&apos;s pull answer has no events list or cursor.</source>
        <comment>error.protocol.pull</comment>
        <translation>Kjedeserverens svar på henting har ingen hendelsesliste eller markør.</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot does not move on: its next page starts at {after!r} after {asked!r}.</source>
        <comment>error.protocol.stuck</comment>
        <translation>Kjedeserverens øyeblikksbilde kommer ikke videre: neste side starter ved {after!r} etter {asked!r}.</translation>
    </message>
    <message>
        <source>Head office&apos;s publication cannot be used: {problem}</source>
        <comment>error.publication_invalid</comment>
        <translation>Hovedkontorets publisering kan ikke brukes: {problem}</translation>
    </message>
    <message>
        <source>An adjustment needs a reason</source>
        <comment>error.reason_required</comment>
        <translation>En justering trenger en begrunnelse</translation>
    </message>
    <message>
        <source>Say why the card is blocked</source>
        <comment>error.reason_required.block_card</comment>
        <translation>Si hvorfor kortet sperres</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <comment>error.reason_required.ledger</comment>
        <translation>en justering trenger en begrunnelse</translation>
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
        <source>The printed receipt of sale {key} was not found.</source>
        <comment>error.receipt_not_stored</comment>
        <translation>Den utskrevne kvitteringen for salg {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>Receipt {key} was not found.</source>
        <comment>error.receipt_unknown</comment>
        <translation>Kvittering {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>Receipt (no number typed) was not found.</source>
        <comment>error.receipt_unknown.empty</comment>
        <translation>Kvittering (uten nummer) ble ikke funnet.</translation>
    </message>
    <message>
        <source>A receipt needs at least {min_width} columns, not {width}</source>
        <comment>error.receipt_width_too_small</comment>
        <translation>En kvittering trenger minst {min_width} kolonner, ikke {width}</translation>
    </message>
    <message>
        <source>That is not this shop&apos;s recovery code; nothing was changed.</source>
        <comment>error.recovery_refused</comment>
        <translation>Det er ikke butikkens gjenopprettingskode; ingenting ble endret.</translation>
    </message>
    <message>
        <source>This redemption is over a points limit.</source>
        <comment>error.redeem_limit</comment>
        <translation>Denne innløsningen er over en poenggrense.</translation>
    </message>
    <message>
        <source>No member has the referral code {referral}. Check it with the member, or leave the field empty.</source>
        <comment>error.referral_code_unknown</comment>
        <translation>Ingen medlemmer har vervekoden {referral}. Sjekk den med medlemmet, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>A member cannot use their own referral code.</source>
        <comment>error.referral_to_self</comment>
        <translation>Et medlem kan ikke bruke sin egen vervekode.</translation>
    </message>
    <message>
        <source>The chain server refused the request: {detail}</source>
        <comment>error.refused</comment>
        <translation>Kjedeserveren avviste forespørselen: {detail}</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder}; reinstall loyalty-pos.</source>
        <comment>error.resource_missing</comment>
        <translation>Filen {name} mangler i {folder}; installer loyalty-pos på nytt.</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder} (not unpacked on disk); reinstall loyalty-pos.</source>
        <comment>error.resource_missing.not_unpacked</comment>
        <translation>Filen {name} mangler i {folder} (ikke pakket ut på disken); installer loyalty-pos på nytt.</translation>
    </message>
    <message>
        <source>Not restoring {path}: it is another shop&apos;s backup (shop {backup_shop}; this is shop {current_shop}): its data and card keys would replace this shop&apos;s. To restore it anyway, pass --{flag}</source>
        <comment>error.restore_needs_consent.other_shop</comment>
        <translation>Gjenoppretter ikke {path}: det er en annen butikks sikkerhetskopi (butikk {backup_shop}; dette er butikk {current_shop}): dataene og kortnøklene dens ville erstatte denne butikkens. For å gjenopprette likevel, bruk --{flag}</translation>
    </message>
    <message>
        <source>Not restoring {path}: its card keys ({arriving}) are not this till&apos;s ({here}): cards printed with this till&apos;s keys would read as forged after it (this till&apos;s key file is kept aside either way). To restore it anyway, pass --{flag}</source>
        <comment>error.restore_needs_consent.replace_printed</comment>
        <translation>Gjenoppretter ikke {path}: kortnøklene dens ({arriving}) er ikke denne kassens ({here}): kort skrevet ut med denne kassens nøkler ville leses som forfalsket etterpå (denne kassens nøkkelfil tas vare på uansett). For å gjenopprette likevel, bruk --{flag}</translation>
    </message>
    <message>
        <source>Not restoring {path}: it fails check: {problems}</source>
        <comment>error.restore_refused.fails_check</comment>
        <translation>Gjenoppretter ikke {path}: den består ikke kontrollen (check): {problems}</translation>
    </message>
    <message>
        <source>Not restoring {path}: no such file</source>
        <comment>error.restore_refused.no_such_file</comment>
        <translation>Gjenoppretter ikke {path}: filen finnes ikke</translation>
    </message>
    <message>
        <source>Not restoring {path}: it is sealed; give its passphrase (--passphrase-file F, LOYALTY_POS_BACKUP_PASSPHRASE, or type it when asked)</source>
        <comment>error.restore_refused.sealed</comment>
        <translation>Gjenoppretter ikke {path}: den er forseglet; oppgi passordfrasen (--passphrase-file F, LOYALTY_POS_BACKUP_PASSPHRASE, eller skriv den inn når du blir spurt)</translation>
    </message>
    <message>
        <source>Not restoring {path}: the key file beside it holds {held}, but the backup&apos;s shop signs with {signs}: it is not this backup&apos;s key file</source>
        <comment>error.restore_refused.wrong_key_file</comment>
        <translation>Gjenoppretter ikke {path}: nøkkelfilen ved siden av inneholder {held}, men butikken i sikkerhetskopien signerer med {signs}: det er ikke nøkkelfilen til denne sikkerhetskopien</translation>
    </message>
    <message>
        <source>Stopped: {erased:,} member(s) were erased before the stop; the rest are untouched.</source>
        <comment>error.retention_cancelled</comment>
        <translation>Stoppet: {erased:,} medlem(mer) ble slettet før stoppet; resten er urørt.</translation>
    </message>
    <message>
        <source>A return of this size needs the manager role.</source>
        <comment>error.return_needs_approval</comment>
        <translation>En retur av denne størrelsen krever rollen leder.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: {reason}.</source>
        <comment>error.reward_unavailable</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: {reason}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: ended {day}.</source>
        <comment>error.reward_unavailable.expired</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: ble avsluttet {day}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: switched off by a manager.</source>
        <comment>error.reward_unavailable.inactive</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: slått av av en leder.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a day reached.</source>
        <comment>error.reward_unavailable.limit_reached_day</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: grensen på {limit} per dag er nådd.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} reached.</source>
        <comment>error.reward_unavailable.limit_reached_ever</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: grensen på {limit} er nådd.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a month reached.</source>
        <comment>error.reward_unavailable.limit_reached_month</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: grensen på {limit} per måned er nådd.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a week reached.</source>
        <comment>error.reward_unavailable.limit_reached_week</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: grensen på {limit} per uke er nådd.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: limit of {limit} a year reached.</source>
        <comment>error.reward_unavailable.limit_reached_year</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: grensen på {limit} per år er nådd.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: member is blocked.</source>
        <comment>error.reward_unavailable.member_blocked</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: medlemmet er sperret.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: member is erased.</source>
        <comment>error.reward_unavailable.member_erased</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: medlemmet er slettet.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: member is merged.</source>
        <comment>error.reward_unavailable.member_merged</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: medlemmet er slått sammen med et annet.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs a basket of {minimum}, basket is {basket}.</source>
        <comment>error.reward_unavailable.min_basket</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: krever en handlekurv på {minimum}, handlekurven er {basket}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs {tier} tier.</source>
        <comment>error.reward_unavailable.needs_tier</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: krever nivået {tier}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: no member on the sale.</source>
        <comment>error.reward_unavailable.no_member</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: ingen medlem på salget.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: valid from {day}.</source>
        <comment>error.reward_unavailable.not_yet_valid</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: gjelder fra {day}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: out of stock.</source>
        <comment>error.reward_unavailable.out_of_stock</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: utsolgt fra lager.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs {product} in the basket.</source>
        <comment>error.reward_unavailable.product</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: krever {product} i handlekurven.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: needs {needed} x {product} in the basket, basket has {quantity}.</source>
        <comment>error.reward_unavailable.product_count</comment>
        <translation>Belønningen {reward} er ikke tilgjengelig: krever {needed} x {product} i handlekurven, handlekurven har {quantity}.</translation>
    </message>
    <message>
        <source>Reward {reward} is not available: only {left} left in stock.</source>
        <comment>error.reward_unavailable.stock</comment>
        <translation>Belønning {reward} er ikke tilgjengelig: bare {left} igjen på lager.</translation>
    </message>
    <message>
        <source>Reward {key} was not found.</source>
        <comment>error.reward_unknown</comment>
        <translation>Belønning {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>One sale may redeem at most {cap} points; this sale would redeem {points}.</source>
        <comment>error.sale_redeem_cap</comment>
        <translation>Ett salg kan løse inn høyst {cap} poeng; dette salget ville løst inn {points}.</translation>
    </message>
    <message>
        <source>Type at least 2 characters to search</source>
        <comment>error.search_too_short</comment>
        <translation>Skriv minst 2 tegn for å søke</translation>
    </message>
    <message>
        <source>Adjusting more than {threshold} points needs a second manager: another manager approves this adjustment of {points} points with their PIN.</source>
        <comment>error.second_manager_needed</comment>
        <translation>Å justere mer enn {threshold} poeng krever en annen leder: en annen leder godkjenner denne justeringen på {points} poeng med sin PIN-kode.</translation>
    </message>
    <message>
        <source>The second manager must be someone else than the manager making the adjustment.</source>
        <comment>error.second_manager_same</comment>
        <translation>Den andre lederen må være en annen enn lederen som gjør justeringen.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <comment>error.secret_file_refused</comment>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the file is empty; its first line is the PIN</source>
        <comment>error.secret_file_refused.empty</comment>
        <translation>{path}: filen er tom; den første linjen er PIN-koden</translation>
    </message>
    <message>
        <source>{path}: not a file</source>
        <comment>error.secret_file_refused.not_a_file</comment>
        <translation>{path}: ikke en fil</translation>
    </message>
    <message>
        <source>{path}: other accounts can read or change this file (mode {mode}); a PIN file must be private: chmod 600 {path}</source>
        <comment>error.secret_file_refused.shared</comment>
        <translation>{path}: andre kontoer kan lese eller endre denne filen (modus {mode}); en PIN-fil må være privat: chmod 600 {path}</translation>
    </message>
    <message>
        <source>{segment} is the target of {campaigns}: aim those campaigns elsewhere first.</source>
        <comment>error.segment_in_use</comment>
        <translation>{segment} er målgruppen for {campaigns}: rett de kampanjene et annet sted først.</translation>
    </message>
    <message>
        <source>Segment {key} was not found.</source>
        <comment>error.segment_unknown</comment>
        <translation>Målgruppen {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>The shop was not set up: {reason}. Nothing was saved; please try again.</source>
        <comment>error.setup_failed</comment>
        <translation>Butikken ble ikke satt opp: {reason}. Ingenting ble lagret; prøv igjen.</translation>
    </message>
    <message>
        <source>The shop was not set up: {problems}. Nothing was saved; please try again.</source>
        <comment>error.setup_failed.fails_check</comment>
        <translation>Butikken ble ikke satt opp: {problems}. Ingenting ble lagret; prøv igjen.</translation>
    </message>
    <message>
        <source>The shop was not set up: the card key {path} changed while the shop was being set up. Nothing was saved; please try again.</source>
        <comment>error.setup_failed.key_changed</comment>
        <translation>Butikken ble ikke satt opp: kortnøkkelen {path} ble endret mens butikken ble satt opp. Ingenting ble lagret; prøv igjen.</translation>
    </message>
    <message>
        <source>loyalty-pos keeps a shop&apos;s data in {path}, where every account on this computer finds it, but cannot use that folder ({reason}). Create it once for the account that runs the till: sudo mkdir -p &apos;{path}&apos; &amp;&amp; sudo chown {user} &apos;{path}&apos;. Or keep the data in a folder of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo</source>
        <comment>error.shared_data_dir_unusable.darwin</comment>
        <translation>loyalty-pos lagrer butikkens data i {path}, der alle kontoer på denne datamaskinen finner dem, men kan ikke bruke den mappen ({reason}). Opprett den én gang for kontoen som kjører kassen: sudo mkdir -p &apos;{path}&apos; &amp;&amp; sudo chown {user} &apos;{path}&apos;. Eller lagre dataene i en mappe du velger, med --data-dir DIR eller miljøvariabelen LOYALTY_POS_DATA_DIR=DIR. For bare å prøve loyalty-pos, kjør: loyalty-pos demo</translation>
    </message>
    <message>
        <source>loyalty-pos keeps a shop&apos;s data in {path}, where every account on this computer finds it, but cannot use that folder ({reason}). Create it once for the account that runs the till: sudo install -d -o {user} -m 0755 {path} Or keep the data in a folder of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo</source>
        <comment>error.shared_data_dir_unusable.other</comment>
        <translation>loyalty-pos lagrer butikkens data i {path}, der alle kontoer på denne datamaskinen finner dem, men kan ikke bruke den mappen ({reason}). Opprett den én gang for kontoen som kjører kassen: sudo install -d -o {user} -m 0755 {path} Eller lagre dataene i en mappe du velger, med --data-dir DIR eller miljøvariabelen LOYALTY_POS_DATA_DIR=DIR. For bare å prøve loyalty-pos, kjør: loyalty-pos demo</translation>
    </message>
    <message>
        <source>loyalty-pos keeps a shop&apos;s data in {path}, where every account on this computer finds it, but cannot use that folder ({reason}). Start loyalty-pos once with &quot;Run as administrator&quot; so it can create the folder, or create {path} yourself and give the Users group Modify permission on it. Or keep the data in a folder of your choice with --data-dir DIR or the environment variable LOYALTY_POS_DATA_DIR=DIR. To only try loyalty-pos, run: loyalty-pos demo</source>
        <comment>error.shared_data_dir_unusable.win32</comment>
        <translation>loyalty-pos lagrer butikkens data i {path}, der alle kontoer på denne datamaskinen finner dem, men kan ikke bruke den mappen ({reason}). Start loyalty-pos én gang med «Kjør som administrator» (Run as administrator) så den kan opprette mappen, eller opprett {path} selv og gi gruppen Users tillatelsen Endre (Modify) på den. Eller lagre dataene i en mappe du velger, med --data-dir DIR eller miljøvariabelen LOYALTY_POS_DATA_DIR=DIR. For bare å prøve loyalty-pos, kjør: loyalty-pos demo</translation>
    </message>
    <message>
        <source>{where} already holds a shop; setup changes nothing there.</source>
        <comment>error.shop_exists</comment>
        <translation>{where} har allerede en butikk; oppsettet endrer ingenting der.</translation>
    </message>
    <message>
        <source>This database already holds a shop; setup changes nothing there.</source>
        <comment>error.shop_exists.database</comment>
        <translation>Denne databasen har allerede en butikk; oppsettet endrer ingenting der.</translation>
    </message>
    <message>
        <source>Cards need the shop&apos;s name</source>
        <comment>error.shop_name_required</comment>
        <translation>Kortene trenger butikkens navn</translation>
    </message>
    <message>
        <source>The shop needs a name</source>
        <comment>error.shop_name_required.settings</comment>
        <translation>Butikken trenger et navn</translation>
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
        <source>The chain&apos;s snapshot holds a member or card twice: {why}</source>
        <comment>error.snapshot_duplicate</comment>
        <translation>Kjedens øyeblikksbilde har et medlem eller kort to ganger: {why}</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <comment>error.staff_exists</comment>
        <translation>Brukernavnet {username} er opptatt.</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <comment>error.store_busy</comment>
        <translation>Databasen er opptatt; prøv igjen.</translation>
    </message>
    <message>
        <source>The database refused the operation: backup to {dest} failed: {error}.</source>
        <comment>error.store_error.backup_failed</comment>
        <translation>Databasen avviste operasjonen: sikkerhetskopi til {dest} mislyktes: {error}.</translation>
    </message>
    <message>
        <source>The database refused the operation: cannot open {path}: {error}.</source>
        <comment>error.store_error.cannot_open</comment>
        <translation>Databasen avviste operasjonen: kan ikke åpne {path}: {error}.</translation>
    </message>
    <message>
        <source>The database refused the operation: the database cannot use write-ahead logging here (journal mode {mode}).</source>
        <comment>error.store_error.wal</comment>
        <translation>Databasen avviste operasjonen: databasen kan ikke bruke write-ahead-logging her (journalmodus {mode}).</translation>
    </message>
    <message>
        <source>The sync with the chain server failed.</source>
        <comment>error.sync_failed</comment>
        <translation>Synkroniseringen med kjedeserveren mislyktes.</translation>
    </message>
    <message>
        <source>The chain server&apos;s enrolment answer has no terminal id or token.</source>
        <comment>error.sync_failed.enrolment</comment>
        <translation>Kjedeserverens svar på innmeldingen har ingen terminal-ID eller token.</translation>
    </message>
    <message>
        <source>The chain server&apos;s publication has no version.</source>
        <comment>error.sync_failed.no_version</comment>
        <translation>Kjedeserverens publisering har ingen versjon.</translation>
    </message>
    <message>
        <source>The chain server answered something that is not the protocol (HTTP {status}).</source>
        <comment>error.sync_failed.not_protocol</comment>
        <translation>Kjedeserveren svarte noe som ikke følger protokollen (HTTP {status}).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted ({url}): {reason}</source>
        <comment>error.sync_registration_refused.bad_certificate</comment>
        <translation>Serverens sertifikat ble ikke godtatt ({url}): {reason}</translation>
    </message>
    <message>
        <source>This till was disconnected from the chain (its token was revoked); register it again.</source>
        <comment>error.sync_registration_refused.disconnected</comment>
        <translation>Denne kassen ble koblet fra kjeden (tokenet ble trukket tilbake); registrer den på nytt.</translation>
    </message>
    <message>
        <source>{problem} (not {url!r})</source>
        <comment>error.sync_registration_refused.insecure_url</comment>
        <translation>{problem} (ikke {url!r})</translation>
    </message>
    <message>
        <source>The server address starts with https:// and names a host, e.g. https://chain.example.com (not {url!r})</source>
        <comment>error.sync_registration_refused.insecure_url_no_host</comment>
        <translation>Serveradressen begynner med https:// og angir en vert, f.eks. https://chain.example.com (ikke {url!r})</translation>
    </message>
    <message>
        <source>Use https:// for the server: plain http:// is only for a server on this computer (localhost) (not {url!r})</source>
        <comment>error.sync_registration_refused.insecure_url_plain_http</comment>
        <translation>Bruk https:// for serveren: vanlig http:// er bare for en server på denne datamaskinen (localhost) (ikke {url!r})</translation>
    </message>
    <message>
        <source>This till is not registered with a chain server (loyalty-pos sync register).</source>
        <comment>error.sync_registration_refused.not_registered</comment>
        <translation>Denne kassen er ikke registrert hos en kjedeserver (loyalty-pos sync register).</translation>
    </message>
    <message>
        <source>The chain server cannot be reached ({url}).</source>
        <comment>error.sync_registration_refused.offline</comment>
        <translation>Kjedeserveren kan ikke nås ({url}).</translation>
    </message>
    <message>
        <source>The connection to the chain server failed: {reason}</source>
        <comment>error.sync_registration_refused.offline_connection</comment>
        <translation>Forbindelsen til kjedeserveren mislyktes: {reason}</translation>
    </message>
    <message>
        <source>The chain server did not answer in time ({url}).</source>
        <comment>error.sync_registration_refused.offline_timeout</comment>
        <translation>Kjedeserveren svarte ikke i tide ({url}).</translation>
    </message>
    <message>
        <source>The chain server is unavailable (HTTP {status}); try again later.</source>
        <comment>error.sync_registration_refused.offline_unavailable</comment>
        <translation>Kjedeserveren er utilgjengelig (HTTP {status}); prøv igjen senere.</translation>
    </message>
    <message>
        <source>The chain server sent an event this till cannot read: {problem}</source>
        <comment>error.sync_registration_refused.protocol</comment>
        <translation>Kjedeserveren sendte en hendelse denne kassen ikke kan lese: {problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot has no as_of.</source>
        <comment>error.sync_registration_refused.protocol_as_of</comment>
        <translation>Kjedeserverens øyeblikksbilde har ingen as_of.</translation>
    </message>
    <message>
        <source>The chain server sent a snapshot member this till cannot read: {problem}</source>
        <comment>error.sync_registration_refused.protocol_member</comment>
        <translation>Kjedeserveren sendte et medlem i øyeblikksbildet som denne kassen ikke kan lese: {problem}</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot page has no members list.</source>
        <comment>error.sync_registration_refused.protocol_members</comment>
        <translation>Siden i kjedeserverens øyeblikksbilde har ingen medlemsliste.</translation>
    </message>
    <message>
        <source>The chain server&apos;s pull answer has no events list or cursor.</source>
        <comment>error.sync_registration_refused.protocol_pull</comment>
        <translation>Kjedeserverens svar på henting har ingen hendelsesliste eller markør.</translation>
    </message>
    <message>
        <source>The chain server&apos;s snapshot does not move on: its next page starts at {after!r} after {asked!r}.</source>
        <comment>error.sync_registration_refused.protocol_stuck</comment>
        <translation>Kjedeserverens øyeblikksbilde kommer ikke videre: neste side starter ved {after!r} etter {asked!r}.</translation>
    </message>
    <message>
        <source>Head office&apos;s publication cannot be used: {problem}</source>
        <comment>error.sync_registration_refused.publication_invalid</comment>
        <translation>Hovedkontorets publisering kan ikke brukes: {problem}</translation>
    </message>
    <message>
        <source>The chain server refused the request: {detail}</source>
        <comment>error.sync_registration_refused.refused</comment>
        <translation>Kjedeserveren avviste forespørselen: {detail}</translation>
    </message>
    <message>
        <source>The sync with the chain server failed.</source>
        <comment>error.sync_registration_refused.sync_failed</comment>
        <translation>Synkroniseringen med kjedeserveren mislyktes.</translation>
    </message>
    <message>
        <source>The chain server&apos;s enrolment answer has no terminal id or token.</source>
        <comment>error.sync_registration_refused.sync_failed_enrolment</comment>
        <translation>Kjedeserverens svar på innmeldingen har ingen terminal-ID eller token.</translation>
    </message>
    <message>
        <source>The chain server&apos;s publication has no version.</source>
        <comment>error.sync_registration_refused.sync_failed_no_version</comment>
        <translation>Kjedeserverens publisering har ingen versjon.</translation>
    </message>
    <message>
        <source>The chain server answered something that is not the protocol (HTTP {status}).</source>
        <comment>error.sync_registration_refused.sync_failed_not_protocol</comment>
        <translation>Kjedeserveren svarte noe som ikke følger protokollen (HTTP {status}).</translation>
    </message>
    <message>
        <source>This till may hand out at most {cap} points of rewards a day; {used} are already redeemed here today, so {left} are left.</source>
        <comment>error.terminal_redeem_cap</comment>
        <translation>Denne kassen kan gi ut belønninger for høyst {cap} poeng per dag; {used} er allerede løst inn her i dag, så {left} er igjen.</translation>
    </message>
    <message>
        <source>A removed tier is still required by {users}; change those first</source>
        <comment>error.tier_in_use</comment>
        <translation>Et fjernet nivå kreves fortsatt av {users}; endre dem først</translation>
    </message>
    <message>
        <source>Every tier needs a code and a name</source>
        <comment>error.tier_needs_name</comment>
        <translation>Hvert nivå trenger en kode og et navn</translation>
    </message>
    <message>
        <source>{currency} has {exponent} decimals; {text!r} has {decimals}</source>
        <comment>error.too_many_decimals</comment>
        <translation>{currency} har {exponent} desimaler; {text!r} har {decimals}</translation>
    </message>
    <message>
        <source>At most {limit} codes per import</source>
        <comment>error.too_many_partner_codes</comment>
        <translation>Høyst {limit} koder per import</translation>
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
        <source>There is no category {unknown}; add it under Products first</source>
        <comment>error.unknown_category</comment>
        <translation>Det finnes ingen kategori {unknown}; legg den til under Varer først</translation>
    </message>
    <message>
        <source>There is no category or product {unknown}; add it under Products first</source>
        <comment>error.unknown_counted</comment>
        <translation>Det finnes ingen kategori eller vare {unknown}; legg den til under Varer først</translation>
    </message>
    <message>
        <source>The sale has no line {line}</source>
        <comment>error.unknown_line</comment>
        <translation>Salget har ingen linje {line}</translation>
    </message>
    <message>
        <source>Product {key} was not found.</source>
        <comment>error.unknown_product</comment>
        <translation>Vare {key} ble ikke funnet.</translation>
    </message>
    <message>
        <source>{name} names a tier the program has not: {tier}</source>
        <comment>error.unknown_tier</comment>
        <translation>{name} nevner et nivå programmet ikke har: {tier}</translation>
    </message>
    <message>
        <source>That does not match what is on file for {name}: no points can be spent. Scan their card instead.</source>
        <comment>error.verification_failed</comment>
        <translation>Det stemmer ikke med det som er registrert for {name}: ingen poeng kan brukes. Skann kortet i stedet.</translation>
    </message>
    <message>
        <source>Nothing is on file to check {name} against: scan their card to spend points.</source>
        <comment>error.verification_impossible</comment>
        <translation>Ingenting er registrert å sjekke {name} mot: skann kortet for å bruke poeng.</translation>
    </message>
    <message>
        <source>{name} was found by search, not by their card: ask for their birth date before spending points.</source>
        <comment>error.verify_by_birth_date</comment>
        <translation>{name} ble funnet ved søk, ikke med kortet: spør etter fødselsdatoen før poeng brukes.</translation>
    </message>
    <message>
        <source>{name} was found by search, not by their card: ask for the last {digits} digits of their phone before spending points.</source>
        <comment>error.verify_by_phone</comment>
        <translation>{name} ble funnet ved søk, ikke med kortet: spør etter de siste {digits} sifrene i telefonnummeret før poeng brukes.</translation>
    </message>
    <message>
        <source>Type a PIN.</source>
        <comment>error.weak_pin</comment>
        <translation>Skriv inn en PIN-kode.</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <comment>error.weak_pin.digits_only</comment>
        <translation>En PIN-kode består bare av sifre.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is the first one anyone tries; choose another.</source>
        <comment>error.weak_pin.repeated</comment>
        <translation>En PIN-kode med ett siffer gjentatt er den første alle prøver; velg en annen.</translation>
    </message>
    <message>
        <source>A PIN of digits in a row (like 1234 or 9876) is easy to guess; choose another.</source>
        <comment>error.weak_pin.sequence</comment>
        <translation>En PIN-kode med sifre på rad (som 1234 eller 9876) er lett å gjette; velg en annen.</translation>
    </message>
    <message>
        <source>A PIN has at most 12 digits.</source>
        <comment>error.weak_pin.too_long</comment>
        <translation>En PIN-kode har høyst 12 sifre.</translation>
    </message>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <comment>error.weak_pin.too_short</comment>
        <translation>En PIN-kode har minst 4 sifre.</translation>
    </message>
    <message>
        <source>This shop has several managers ({names}): name one with --manager.</source>
        <comment>error.which_manager</comment>
        <translation>Denne butikken har flere ledere ({names}): angi én med --manager.</translation>
    </message>
    <message>
        <source>member retention needs --years N</source>
        <comment>error.years_required</comment>
        <translation>member retention trenger --years N</translation>
    </message>
    <message>
        <source>An adjustment moves at least 1 point</source>
        <comment>error.zero_points</comment>
        <translation>En justering flytter minst 1 poeng</translation>
    </message>
    <message>
        <source>A ledger entry moves at least 1 point</source>
        <comment>error.zero_points.entry</comment>
        <translation>En postering flytter minst 1 poeng</translation>
    </message>
    <message>
        <source>a ledger entry moves at least 1 point</source>
        <comment>error.zero_points.ledger</comment>
        <translation>en postering flytter minst 1 poeng</translation>
    </message>
    <message>
        <source>Choose what the member does to earn the bonus.</source>
        <comment>field.campaign_action</comment>
        <translation>Velg hva medlemmet gjør for å få bonusen.</translation>
    </message>
    <message>
        <source>The till awards only these actions: {actions}.</source>
        <comment>field.campaign_action_not_awarded</comment>
        <translation>Kassen gir bonus bare for disse handlingene: {actions}.</translation>
    </message>
    <message>
        <source>The bonus must be at least 1 point.</source>
        <comment>field.campaign_bonus</comment>
        <translation>Bonusen må være minst 1 poeng.</translation>
    </message>
    <message>
        <source>Hold out 0 to {most} % of members.</source>
        <comment>field.campaign_holdout</comment>
        <translation>Hold 0 til {most} % av medlemmene utenfor.</translation>
    </message>
    <message>
        <source>The hours must start before they end.</source>
        <comment>field.campaign_hours</comment>
        <translation>Timene må starte før de slutter.</translation>
    </message>
    <message>
        <source>Say after how many days without a visit a member is welcomed back (1 or more).</source>
        <comment>field.campaign_lapsed_days</comment>
        <translation>Oppgi hvor mange dager uten besøk før et medlem ønskes velkommen tilbake (1 eller flere).</translation>
    </message>
    <message>
        <source>A member may earn it 1 to {most} times per period, or leave the limit off.</source>
        <comment>field.campaign_limit</comment>
        <translation>Et medlem kan få den 1 til {most} ganger per periode, eller la grensen være av.</translation>
    </message>
    <message>
        <source>The minimum spend cannot be negative.</source>
        <comment>field.campaign_min_spend</comment>
        <translation>Minste kjøpsbeløp kan ikke være negativt.</translation>
    </message>
    <message>
        <source>A multiplier must be above 100 % (200 % is double points).</source>
        <comment>field.campaign_multiplier</comment>
        <translation>En multiplikator må være over 100 % (200 % er dobbelt poeng).</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <comment>field.campaign_name_empty</comment>
        <translation>Gi kampanjen et navn.</translation>
    </message>
    <message>
        <source>Names in other languages are one line each, up to 80 characters.</source>
        <comment>field.campaign_names</comment>
        <translation>Navn på andre språk er én linje hver, opptil 80 tegn.</translation>
    </message>
    <message>
        <source>The odds must be 1 in 2 or rarer.</source>
        <comment>field.campaign_odds</comment>
        <translation>Sjansen må være 1 av 2 eller sjeldnere.</translation>
    </message>
    <message>
        <source>Choose an amount-off, percent-off or free-product reward as the prize.</source>
        <comment>field.campaign_prize</comment>
        <translation>Velg en belønning med beløp avslag, prosent avslag eller gratis vare som premie.</translation>
    </message>
    <message>
        <source>Choose the country the shop is in.</source>
        <comment>field.country_unknown</comment>
        <translation>Velg landet butikken ligger i.</translation>
    </message>
    <message>
        <source>Choose the currency the shop&apos;s prices are in.</source>
        <comment>field.currency_unknown</comment>
        <translation>Velg valutaen butikkens priser er i.</translation>
    </message>
    <message>
        <source>{flag}: {problem}</source>
        <comment>field.flagged</comment>
        <translation>{flag}: {problem}</translation>
    </message>
    <message>
        <source>Set the last day for entries (Valid until): the draw is after it.</source>
        <comment>field.giveaway_close</comment>
        <translation>Sett siste dag for påmelding (Gyldig til): trekningen er etter den.</translation>
    </message>
    <message>
        <source>The image must be a PNG picture chosen with the image button.</source>
        <comment>field.image_not_png</comment>
        <translation>Bildet må være et PNG-bilde valgt med bildeknappen.</translation>
    </message>
    <message>
        <source>The image is too large; choose a smaller picture.</source>
        <comment>field.image_too_large</comment>
        <translation>Bildet er for stort; velg et mindre bilde.</translation>
    </message>
    <message>
        <source>The image could not be read; choose it again.</source>
        <comment>field.image_unreadable</comment>
        <translation>Bildet kunne ikke leses; velg det på nytt.</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <comment>field.language_unknown</comment>
        <translation>Velg et av språkene som tilbys.</translation>
    </message>
    <message>
        <source>The last day must be on or after the first day.</source>
        <comment>field.last_day_before_first</comment>
        <translation>Siste dag må være samme dag som eller etter første dag.</translation>
    </message>
    <message>
        <source>The logo must be a PNG picture.</source>
        <comment>field.logo_not_png</comment>
        <translation>Logoen må være et PNG-bilde.</translation>
    </message>
    <message>
        <source>The logo is over {kb} KB even scaled; choose a simpler picture.</source>
        <comment>field.logo_too_large</comment>
        <translation>Logoen er over {kb} KB selv nedskalert; velg et enklere bilde.</translation>
    </message>
    <message>
        <source>Type the manager&apos;s name.</source>
        <comment>field.manager_name_empty</comment>
        <translation>Skriv inn lederens navn.</translation>
    </message>
    <message>
        <source>There is no product {products}; remove it from the list.</source>
        <comment>field.no_excluded_product</comment>
        <translation>Det finnes ingen vare {products}; fjern den fra listen.</translation>
    </message>
    <message>
        <source>There is no category {categories}; choose from the list.</source>
        <comment>field.no_such_categories</comment>
        <translation>Det finnes ingen kategori {categories}; velg fra listen.</translation>
    </message>
    <message>
        <source>There is no category {category}; choose one from the list.</source>
        <comment>field.no_such_category</comment>
        <translation>Det finnes ingen kategori {category}; velg en fra listen.</translation>
    </message>
    <message>
        <source>There is no product {product}; choose one from the catalog.</source>
        <comment>field.no_such_product</comment>
        <translation>Det finnes ingen vare {product}; velg en fra katalogen.</translation>
    </message>
    <message>
        <source>There is no product {products}; type codes from the catalog.</source>
        <comment>field.no_such_products</comment>
        <translation>Det finnes ingen vare {products}; skriv koder fra katalogen.</translation>
    </message>
    <message>
        <source>There is no segment {segment}; choose one from the list.</source>
        <comment>field.no_such_segment</comment>
        <translation>Det finnes ingen målgruppe {segment}; velg en fra listen.</translation>
    </message>
    <message>
        <source>There is no tier {tier}; choose one of the program&apos;s tiers.</source>
        <comment>field.no_such_tier</comment>
        <translation>Det finnes ikke noe nivå {tier}; velg et av programmets nivåer.</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <comment>field.pin_digits_only</comment>
        <translation>En PIN-kode består bare av sifre.</translation>
    </message>
    <message>
        <source>Type a PIN.</source>
        <comment>field.pin_empty</comment>
        <translation>Skriv inn en PIN-kode.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is the first one anyone tries; choose another.</source>
        <comment>field.pin_repeated</comment>
        <translation>En PIN-kode med ett siffer gjentatt er den første alle prøver; velg en annen.</translation>
    </message>
    <message>
        <source>A PIN of digits in a row (like 1234 or 9876) is easy to guess; choose another.</source>
        <comment>field.pin_sequence</comment>
        <translation>En PIN-kode med sifre på rad (som 1234 eller 9876) er lett å gjette; velg en annen.</translation>
    </message>
    <message>
        <source>A PIN has at most {digits} digits.</source>
        <comment>field.pin_too_long</comment>
        <translation>En PIN-kode har høyst {digits} sifre.</translation>
    </message>
    <message>
        <source>A PIN has at least {digits} digits.</source>
        <comment>field.pin_too_short</comment>
        <translation>En PIN-kode har minst {digits} sifre.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <comment>field.pins_differ</comment>
        <translation>De to PIN-kodene er ulike; skriv samme PIN-kode to ganger.</translation>
    </message>
    <message>
        <source>The amount must be above 0.</source>
        <comment>field.reward_amount</comment>
        <translation>Beløpet må være over 0.</translation>
    </message>
    <message>
        <source>Choose a limit period: day, week, month, year or ever.</source>
        <comment>field.reward_limit_period</comment>
        <translation>Velg en periode for grensen: dag, uke, måned, år eller alltid.</translation>
    </message>
    <message>
        <source>Give the reward a name.</source>
        <comment>field.reward_name_empty</comment>
        <translation>Gi belønningen et navn.</translation>
    </message>
    <message>
        <source>Names in other languages are one line each, up to 80 characters (a description up to 200).</source>
        <comment>field.reward_names</comment>
        <translation>Navn på andre språk er én linje hver, opptil 80 tegn (en beskrivelse opptil 200).</translation>
    </message>
    <message>
        <source>Type the partner&apos;s offer as the receipt prints it.</source>
        <comment>field.reward_partner</comment>
        <translation>Skriv partnerens tilbud slik kvitteringen skal vise det.</translation>
    </message>
    <message>
        <source>The per-member limit must be above 0, or none.</source>
        <comment>field.reward_per_member_limit</comment>
        <translation>Grensen per medlem må være over 0, eller ingen.</translation>
    </message>
    <message>
        <source>The percent must be between 1 and 100.</source>
        <comment>field.reward_percent</comment>
        <translation>Prosenten må være mellom 1 og 100.</translation>
    </message>
    <message>
        <source>The value of the points must be above 0.</source>
        <comment>field.reward_point_value</comment>
        <translation>Verdien av poengene må være over 0.</translation>
    </message>
    <message>
        <source>The points price must be above 0.</source>
        <comment>field.reward_points_cost</comment>
        <translation>Poengprisen må være over 0.</translation>
    </message>
    <message>
        <source>List 1 to {limit} other rewards to draw from, each once, with weights above 0.</source>
        <comment>field.reward_pool</comment>
        <translation>List opp 1 til {limit} andre belønninger å trekke fra, hver én gang, med vekt over 0.</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <comment>field.reward_product</comment>
        <translation>Velg varen.</translation>
    </message>
    <message>
        <source>Buy and free quantities must both be above 0.</source>
        <comment>field.reward_quantities</comment>
        <translation>Antall kjøpt og antall gratis må begge være over 0.</translation>
    </message>
    <message>
        <source>Stock must be 0 or more, or unlimited.</source>
        <comment>field.reward_stock</comment>
        <translation>Lageret må være 0 eller mer, eller ubegrenset.</translation>
    </message>
    <message>
        <source>Draw at least 1 winner.</source>
        <comment>field.reward_winners</comment>
        <translation>Trekk minst 1 vinner.</translation>
    </message>
    <message>
        <source>Look back 1 to {most} days.</source>
        <comment>field.segment_days</comment>
        <translation>Se 1 til {most} dager tilbake.</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <comment>field.segment_name_empty</comment>
        <translation>Gi målgruppen et navn.</translation>
    </message>
    <message>
        <source>Names in other languages are one line each, up to 80 characters.</source>
        <comment>field.segment_names</comment>
        <translation>Navn på andre språk er én linje hver, opptil 80 tegn.</translation>
    </message>
    <message>
        <source>The spend must be above 0.</source>
        <comment>field.segment_spend</comment>
        <translation>Forbruket må være over 0.</translation>
    </message>
    <message>
        <source>Choose the tier.</source>
        <comment>field.segment_tier</comment>
        <translation>Velg nivået.</translation>
    </message>
    <message>
        <source>At least 1 visit.</source>
        <comment>field.segment_visits</comment>
        <translation>Minst 1 besøk.</translation>
    </message>
    <message>
        <source>At most {lines} lines of {characters} characters.</source>
        <comment>field.shop_address_too_long</comment>
        <translation>Høyst {lines} linjer på {characters} tegn.</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name as customers know it.</source>
        <comment>field.shop_name_empty</comment>
        <translation>Skriv butikkens navn slik kundene kjenner det.</translation>
    </message>
    <message>
        <source>At most {limit} characters: a receipt&apos;s header holds no more.</source>
        <comment>field.shop_name_too_long</comment>
        <translation>Høyst {limit} tegn: toppen av en kvittering har ikke plass til mer.</translation>
    </message>
    <message>
        <source>Name the item that earns a stamp, e.g. Coffee.</source>
        <comment>field.stamp_item_empty</comment>
        <translation>Gi navn på varen som gir et stempel, f.eks. Kaffe.</translation>
    </message>
    <message>
        <source>A stamp card needs the item that earns a stamp.</source>
        <comment>field.stamp_item_missing</comment>
        <translation>Et stempelkort trenger varen som gir et stempel.</translation>
    </message>
    <message>
        <source>Type the item&apos;s price, above 0.</source>
        <comment>field.stamp_price_missing</comment>
        <translation>Skriv inn varens pris, over 0.</translation>
    </message>
    <message>
        <source>{timezone!r} is not a time zone; choose one like Europe/Oslo.</source>
        <comment>field.timezone_unknown</comment>
        <translation>{timezone!r} er ikke en tidssone; velg en som Europe/Oslo.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <comment>field.too_long</comment>
        <translation>Høyst {limit} tegn.</translation>
    </message>
    <message>
        <source>Base {points} pts / {amount}</source>
        <comment>points.base_many</comment>
        <translation>Grunnsats {points} poeng / {amount}</translation>
    </message>
    <message>
        <source>Base {points} pt / {amount}</source>
        <comment>points.base_one</comment>
        <translation>Grunnsats {points} poeng / {amount}</translation>
    </message>
    <message>
        <source>Happy birthday: {campaign}</source>
        <comment>points.birthday</comment>
        <translation>Gratulerer med dagen: {campaign}</translation>
    </message>
    <message>
        <source>Bonus: {campaign}</source>
        <comment>points.campaign_bonus</comment>
        <translation>Kampanjebonus: {campaign}</translation>
    </message>
    <message>
        <source>{campaign} {hours}: x{multiplier}</source>
        <comment>points.campaign_hours</comment>
        <translation>{campaign} {hours}: x{multiplier}</translation>
    </message>
    <message>
        <source>{campaign} {hours}: x{multiplier} on {scope}</source>
        <comment>points.campaign_hours_on</comment>
        <translation>{campaign} {hours}: x{multiplier} på {scope}</translation>
    </message>
    <message>
        <source>{campaign} x{multiplier}</source>
        <comment>points.campaign_multiplier</comment>
        <translation>Kampanje {campaign} x{multiplier}</translation>
    </message>
    <message>
        <source>{category} x{multiplier}</source>
        <comment>points.category_multiplier</comment>
        <translation>Kategori {category} x{multiplier}</translation>
    </message>
    <message>
        <source>Daily cap {cap}</source>
        <comment>points.daily_cap</comment>
        <translation>Dagsgrense {cap}</translation>
    </message>
    <message>
        <source>Instant win: {campaign}</source>
        <comment>points.instant_win</comment>
        <translation>Øyeblikkelig gevinst: {campaign}</translation>
    </message>
    <message>
        <source>{count} points</source>
        <comment>points.many</comment>
        <translation>{count} poeng</translation>
    </message>
    <message>
        <source>Below minimum basket {amount}</source>
        <comment>points.minimum_basket</comment>
        <translation>Under minstebeløp for handlekurv {amount}</translation>
    </message>
    <message>
        <source>Purchase points not below 0</source>
        <comment>points.no_negative</comment>
        <translation>Kjøpspoeng ikke under 0</translation>
    </message>
    <message>
        <source>{count} point</source>
        <comment>points.one</comment>
        <translation>{count} poeng</translation>
    </message>
    <message>
        <source>{product} x{multiplier}</source>
        <comment>points.product_multiplier</comment>
        <translation>Vare {product} x{multiplier}</translation>
    </message>
    <message>
        <source>Referred by a friend: {campaign}</source>
        <comment>points.referral</comment>
        <translation>Vervet av en venn: {campaign}</translation>
    </message>
    <message>
        <source>A friend you referred: {campaign}</source>
        <comment>points.referrer</comment>
        <translation>En venn du vervet: {campaign}</translation>
    </message>
    <message>
        <source>Cap per sale {cap}</source>
        <comment>points.sale_cap</comment>
        <translation>Tak per salg {cap}</translation>
    </message>
    <message>
        <source>Till&apos;s daily cap {cap}</source>
        <comment>points.terminal_cap</comment>
        <translation>Kassens dagstak {cap}</translation>
    </message>
    <message>
        <source>{tier} tier x{multiplier}</source>
        <comment>points.tier_multiplier</comment>
        <translation>Nivå {tier} x{multiplier}</translation>
    </message>
    <message>
        <source>Volume: {rule}</source>
        <comment>points.volume_bonus</comment>
        <translation>Kvantum: {rule}</translation>
    </message>
    <message>
        <source>Welcome back: {campaign}</source>
        <comment>points.win_back</comment>
        <translation>Velkommen tilbake: {campaign}</translation>
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
        <source>Daily points cap reached: {earned} of {uncapped} points earned</source>
        <comment>receipt.cap.daily_cap</comment>
        <translation>Daglig poengtak nådd: {earned} av {uncapped} poeng opptjent</translation>
    </message>
    <message>
        <source>Points cap per sale reached: {earned} of {uncapped} points earned</source>
        <comment>receipt.cap.sale_cap</comment>
        <translation>Poengtak per salg nådd: {earned} av {uncapped} poeng opptjent</translation>
    </message>
    <message>
        <source>This till&apos;s daily points cap reached: {earned} of {uncapped} points earned</source>
        <comment>receipt.cap.terminal_cap</comment>
        <translation>Kassens daglige poengtak nådd: {earned} av {uncapped} poeng opptjent</translation>
    </message>
    <message>
        <source>{name}: {count} of {target}</source>
        <comment>receipt.challenge</comment>
        <translation>{name}: {count} av {target}</translation>
    </message>
    <message>
        <source>{name} complete: +{points}</source>
        <comment>receipt.challenge_done</comment>
        <translation>{name} fullført: +{points}</translation>
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
        <source>Donated {points} = {amount} to {charity}</source>
        <comment>receipt.donated</comment>
        <translation>Gitt {points} = {amount} til {charity}</translation>
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
        <source>Left on card {card}</source>
        <comment>receipt.gift_card_left</comment>
        <translation>Igjen på kort {card}</translation>
    </message>
    <message>
        <source>Gift card {card}</source>
        <comment>receipt.gift_card_paid</comment>
        <translation>Gavekort {card}</translation>
    </message>
    <message>
        <source>Back on gift card {card}</source>
        <comment>receipt.gift_card_refunded</comment>
        <translation>Tilbake på gavekort {card}</translation>
    </message>
    <message>
        <source>Gift card sale: key {amount} into the register</source>
        <comment>receipt.gift_card_register</comment>
        <translation>Gavekortsalg: slå inn {amount} på kasseapparatet</translation>
    </message>
    <message>
        <source>Gift card {card} sold</source>
        <comment>receipt.gift_card_sold</comment>
        <translation>Gavekort {card} solgt</translation>
    </message>
    <message>
        <source>Gift card {card} topped up</source>
        <comment>receipt.gift_card_topped_up</comment>
        <translation>Gavekort {card} fylt på</translation>
    </message>
    <message>
        <source>Instant win: {reward}</source>
        <comment>receipt.instant_win</comment>
        <translation>Øyeblikkelig gevinst: {reward}</translation>
    </message>
    <message>
        <source>Invite a friend: code {code}</source>
        <comment>receipt.invite_friend</comment>
        <translation>Inviter en venn: kode {code}</translation>
    </message>
    <message>
        <source>Member {name}</source>
        <comment>receipt.member</comment>
        <translation>Medlem {name}</translation>
    </message>
    <message>
        <source>Member price</source>
        <comment>receipt.member_price</comment>
        <translation>Medlemspris</translation>
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
        <source>New badge: {name}</source>
        <comment>receipt.new_badge</comment>
        <translation>Nytt merke: {name}</translation>
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
        <source>Paid on the shop&apos;s register</source>
        <comment>receipt.paid_on_register</comment>
        <translation>Betalt i butikkens kasseapparat</translation>
    </message>
    <message>
        <source>{name} until {day}</source>
        <comment>receipt.paid_tier_until</comment>
        <translation>{name} til {day}</translation>
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
        <source>Points are rounded up to whole points.</source>
        <comment>receipt.rounding.ceiling</comment>
        <translation>Poeng rundes opp til hele poeng.</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points.</source>
        <comment>receipt.rounding.down</comment>
        <translation>Poeng rundes ned til hele poeng.</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points.</source>
        <comment>receipt.rounding.floor</comment>
        <translation>Poeng rundes ned til hele poeng.</translation>
    </message>
    <message>
        <source>Points are rounded to the nearest whole point (a half to the even one).</source>
        <comment>receipt.rounding.half_even</comment>
        <translation>Poeng rundes til nærmeste hele poeng (en halv til partall).</translation>
    </message>
    <message>
        <source>Points are rounded to the nearest whole point (a half up).</source>
        <comment>receipt.rounding.half_up</comment>
        <translation>Poeng rundes til nærmeste hele poeng (en halv opp).</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <comment>receipt.subtotal</comment>
        <translation>Delsum</translation>
    </message>
    <message>
        <source>TEST PRINT - NOT A SALE</source>
        <comment>receipt.test_print</comment>
        <translation>TESTUTSKRIFT - IKKE ET SALG</translation>
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
        <source>Volume discount {percent} %</source>
        <comment>receipt.volume_discount</comment>
        <translation>Kvantumsrabatt {percent} %</translation>
    </message>
    <message>
        <source>it is another shop&apos;s backup (shop {backup_shop}; this is shop {current_shop}): its data and card keys would replace this shop&apos;s</source>
        <comment>restore_consent.other_shop</comment>
        <translation>det er en annen butikks sikkerhetskopi (butikk {backup_shop}; dette er butikk {current_shop}): dataene og kortnøklene dens ville erstatte denne butikkens</translation>
    </message>
    <message>
        <source>its card keys ({arriving}) are not this till&apos;s ({here}): cards printed with this till&apos;s keys would read as forged after it (this till&apos;s key file is kept aside either way)</source>
        <comment>restore_consent.replace_printed</comment>
        <translation>kortnøklene dens ({arriving}) er ikke denne kassens ({here}): kort skrevet ut med denne kassens nøkler ville leses som forfalsket etterpå (denne kassens nøkkelfil tas vare på uansett)</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <comment>reward_effect.amount_off</comment>
        <translation>{amount} rabatt</translation>
    </message>
    <message>
        <source>{total} for {paid}: {product}</source>
        <comment>reward_effect.buy_x_get_y</comment>
        <translation>{total} for {paid}: {product}</translation>
    </message>
    <message>
        <source>Free: {product}</source>
        <comment>reward_effect.free_product</comment>
        <translation>Gratis: {product}</translation>
    </message>
    <message>
        <source>1 entry in the prize draw</source>
        <comment>reward_effect.giveaway</comment>
        <translation>1 lodd i trekningen</translation>
    </message>
    <message>
        <source>Drawn: {reward}</source>
        <comment>reward_effect.mystery</comment>
        <translation>Trukket: {reward}</translation>
    </message>
    <message>
        <source>Partner voucher: {partner} — code {code}</source>
        <comment>reward_effect.partner_code</comment>
        <translation>Partnerkupong: {partner} — kode {code}</translation>
    </message>
    <message>
        <source>Partner voucher: {partner}</source>
        <comment>reward_effect.partner_offer</comment>
        <translation>Partnerkupong: {partner}</translation>
    </message>
    <message>
        <source>{points} points = {amount}</source>
        <comment>reward_effect.pay_with_points</comment>
        <translation>{points} poeng = {amount}</translation>
    </message>
    <message>
        <source>{percent} % off</source>
        <comment>reward_effect.percent_off</comment>
        <translation>{percent} % rabatt</translation>
    </message>
    <message>
        <source>{percent} % off {category}</source>
        <comment>reward_effect.percent_off_category</comment>
        <translation>{percent} % rabatt på {category}</translation>
    </message>
    <message>
        <source>Store credit {amount}</source>
        <comment>reward_effect.store_credit</comment>
        <translation>Butikkreditt {amount}</translation>
    </message>
    <message>
        <source>The server address starts with https:// and names a host, e.g. https://chain.example.com</source>
        <comment>server_address.no_host</comment>
        <translation>Serveradressen begynner med https:// og angir en vert, f.eks. https://chain.example.com</translation>
    </message>
    <message>
        <source>Use https:// for the server: plain http:// is only for a server on this computer (localhost)</source>
        <comment>server_address.plain_http</comment>
        <translation>Bruk https:// for serveren: vanlig http:// er bare for en server på denne datamaskinen (localhost)</translation>
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
