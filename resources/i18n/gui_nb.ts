<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name></name>
    <message>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>Fra {day}</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>Til {day}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>Find member</source>
        <translation>Finn medlem</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Løs inn</translation>
    </message>
    <message>
        <source>Undo reward</source>
        <translation>Angre belønning</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Meld inn</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Pay cash</source>
        <translation>Betal kontant</translation>
    </message>
    <message>
        <source>Pay card</source>
        <translation>Betal med kort</translation>
    </message>
    <message>
        <source>New sale / void</source>
        <translation>Nytt salg / annuller</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Gavekort</translation>
    </message>
    <message>
        <source>Donate points</source>
        <translation>Gi poeng</translation>
    </message>
    <message>
        <source>A gift card</source>
        <translation>Et gavekort</translation>
    </message>
    <message>
        <source>Gift card {card} pays {amount}. Take the rest, {rest}, with F9 cash or F10 card.</source>
        <translation>Gavekort {card} betaler {amount}. Ta resten, {rest}, med F9 kontant eller F10 kort.</translation>
    </message>
    <message>
        <source>Gift card sale — key {amount} into the register.</source>
        <translation>Gavekortsalg — slå inn {amount} på kasseapparatet.</translation>
    </message>
    <message>
        <source>A donation</source>
        <translation>En gave</translation>
    </message>
    <message>
        <source>Identify the member first: scan the card or press F2.</source>
        <translation>Identifiser medlemmet først: skann kortet eller trykk F2.</translation>
    </message>
    <message>
        <source>Donate before or after the sale: a donation prints a slip of its own.</source>
        <translation>Gi før eller etter salget: en gave skriver ut sin egen lapp.</translation>
    </message>
    <message>
        <source>Still loading the member; press Ctrl+D again in a moment.</source>
        <translation>Medlemmet lastes fortsatt; trykk Ctrl+D igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>The shop has no charity to give to yet (Back office &gt; Earning rules &amp; tiers &gt; Gift cards &amp; charity).</source>
        <translation>Butikken har ingen veldedig organisasjon å gi til ennå (Administrasjon &gt; Poengregler og nivåer &gt; Gavekort og veldedighet).</translation>
    </message>
    <message>
        <source>Donated {points:,} points = {amount}. The member has {balance:,} points now.</source>
        <translation>Ga {points:,} poeng = {amount}. Medlemmet har nå {balance:,} poeng.</translation>
    </message>
    <message>
        <source>Member action</source>
        <translation>Medlemshandling</translation>
    </message>
    <message>
        <source>Still loading the member&apos;s rewards; press F4 again in a moment.</source>
        <translation>Laster fortsatt medlemmets belønninger; trykk F4 igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>No reward on this sale to take off.</source>
        <translation>Ingen belønning på dette salget å ta av.</translation>
    </message>
    <message>
        <source>Last reward taken off the sale.</source>
        <translation>Den siste belønningen er tatt av salget.</translation>
    </message>
    <message>
        <source>A manager&apos;s approval</source>
        <translation>En leders godkjenning</translation>
    </message>
    <message>
        <source>Add a product first, then select its line for the discount.</source>
        <translation>Legg til en vare først, og velg så linjen for rabatten.</translation>
    </message>
    <message>
        <source>The basket changed meanwhile; select the line and press F6 again.</source>
        <translation>Handlekurven ble endret i mellomtiden; velg linjen og trykk F6 igjen.</translation>
    </message>
    <message>
        <source>{amount} off {name}</source>
        <translation>{amount} avslag på {name}</translation>
    </message>
    <message>
        <source>Discount approved by {manager}.</source>
        <translation>Rabatten er godkjent av {manager}.</translation>
    </message>
    <message>
        <source>The basket is empty: scan a product first.</source>
        <translation>Handlekurven er tom: skann en vare først.</translation>
    </message>
    <message>
        <source>Saving the sale…</source>
        <translation>Lagrer salget …</translation>
    </message>
    <message>
        <source>the discounts now totalling {amount}</source>
        <translation>rabattene som nå er på til sammen {amount}</translation>
    </message>
    <message>
        <source>The basket changed meanwhile; press pay again.</source>
        <translation>Handlekurven ble endret i mellomtiden; trykk betal igjen.</translation>
    </message>
    <message>
        <source> (it was already saved: nothing was charged twice)</source>
        <translation> (det var allerede lagret: ingenting ble belastet to ganger)</translation>
    </message>
    <message>
        <source>Sale saved, receipt {number}.</source>
        <translation>Salget er lagret, kvittering {number}.</translation>
    </message>
    <message>
        <source>Training sale: nothing was saved.</source>
        <translation>Øvingssalg: ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Checked: {name}&apos;s points can be spent.</source>
        <translation>Sjekket: poengene til {name} kan brukes.</translation>
    </message>
    <message>
        <source>Not redeemed: the member was not checked.</source>
        <translation>Ikke løst inn: medlemmet ble ikke sjekket.</translation>
    </message>
    <message>
        <source>Sale voided. Nothing was saved.</source>
        <translation>Salget er annullert. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Void this sale? Press F12 again to confirm.</source>
        <translation>Annullere dette salget? Trykk F12 igjen for å bekrefte.</translation>
    </message>
    <message>
        <source>{what} would be saved: not in training mode (Ctrl+Shift+T leaves it).</source>
        <translation>{what} ville blitt lagret: ikke i øvingsmodus (Ctrl+Shift+T går ut av den).</translation>
    </message>
    <message>
        <source>An enrolment</source>
        <translation>En innmelding</translation>
    </message>
    <message>
        <source>{name} is enrolled.</source>
        <translation>{name} er meldt inn.</translation>
    </message>
    <message>
        <source>Finish or void the training sale before a training return.</source>
        <translation>Fullfør eller annuller øvingssalget før en øvingsretur.</translation>
    </message>
    <message>
        <source>Training return: nothing was saved.</source>
        <translation>Øvingsretur: ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Return {number} saved: refund {amount}.</source>
        <translation>Retur {number} er lagret: refusjon {amount}.</translation>
    </message>
    <message>
        <source>Printing receipt {number}…</source>
        <translation>Skriver ut kvittering {number} …</translation>
    </message>
    <message>
        <source>Receipt {number} printed to {where}.</source>
        <translation>Kvittering {number} skrevet ut til {where}.</translation>
    </message>
    <message>
        <source>TRAINING — nothing is saved</source>
        <translation>ØVING – ingenting lagres</translation>
    </message>
    <message>
        <source>Finish the sale, or void it with F12, before switching training mode.</source>
        <translation>Fullfør salget, eller annuller det med F12, før du bytter øvingsmodus.</translation>
    </message>
    <message>
        <source>Training mode: sales are priced as usual and nothing is saved. Ctrl+Shift+T goes back to real sales.</source>
        <translation>Øvingsmodus: salg prises som vanlig, og ingenting lagres. Ctrl+Shift+T går tilbake til ekte salg.</translation>
    </message>
    <message>
        <source>Training mode ended: sales are saved again.</source>
        <translation>Øvingsmodus er avsluttet: salg lagres igjen.</translation>
    </message>
    <message>
        <source>{name} — {width}×{height} at {x}, {y}</source>
        <translation>{name} – {width}×{height} ved {x}, {y}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Only one screen is connected: the customer display opens as a window on the till&apos;s screen.</source>
        <translation>Bare én skjerm er koblet til: kundeskjermen åpnes som et vindu på kassens skjerm.</translation>
    </message>
    <message>
        <source>{wanted} is the till&apos;s own screen: the customer display is on {fallback}.</source>
        <translation>{wanted} er kassens egen skjerm: kundeskjermen er på {fallback}.</translation>
    </message>
    <message>
        <source>Screen {wanted} is not connected: the customer display is on {fallback}.</source>
        <translation>Skjerm {wanted} er ikke tilkoblet: kundeskjermen er på {fallback}.</translation>
    </message>
    <message>
        <source>Enter  {action}</source>
        <translation>Enter  {action}</translation>
    </message>
    <message>
        <source>Esc  Cancel</source>
        <translation>Esc  Avbryt</translation>
    </message>
    <message>
        <source>Member sales replayed</source>
        <translation>Medlemssalg spilt av</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Poeng gitt</translation>
    </message>
    <message>
        <source>Cost of the points issued</source>
        <translation>Kostnad for poengene som ble gitt</translation>
    </message>
    <message>
        <source>Liability after the window (points)</source>
        <translation>Forpliktelse etter perioden (poeng)</translation>
    </message>
    <message>
        <source>Liability after the window (value)</source>
        <translation>Forpliktelse etter perioden (verdi)</translation>
    </message>
    <message>
        <source>{tier} ({members} members): points</source>
        <translation>{tier} ({members} medlemmer): poeng</translation>
    </message>
    <message>
        <source>{tier}: cost</source>
        <translation>{tier}: kostnad</translation>
    </message>
    <message>
        <source>Members who can redeem {reward} ({points} pts)</source>
        <translation>Medlemmer som kan løse inn {reward} ({points} p)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Published v{version}</source>
        <translation>Publisert v{version}</translation>
    </message>
    <message>
        <source>Draft v{version}</source>
        <translation>Utkast v{version}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belønning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (pensjonert)</translation>
    </message>
    <message>
        <source>from </source>
        <translation>fra </translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Hvilken som helst</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbys</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Pensjonert</translation>
    </message>
    <message>
        <source>from {points} pts</source>
        <translation>fra {points} p</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} p</translation>
    </message>
    <message>
        <source>available now</source>
        <translation>tilgjengelig nå</translation>
    </message>
    <message>
        <source>Not in a chain: this till keeps its members and program to itself.</source>
        <translation>Ikke i en kjede: denne kassen holder medlemmene og programmet for seg selv.</translation>
    </message>
    <message>
        <source>joined till (program and catalog from head office)</source>
        <translation>tilknyttet kasse (program og katalog fra hovedkontoret)</translation>
    </message>
    <message>
        <source>head office (authors the program and catalog)</source>
        <translation>hovedkontor (lager programmet og katalogen)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrert</translation>
    </message>
    <message>
        <source>Terminal {terminal} at {url}, {role}.</source>
        <translation>Terminal {terminal} hos {url}, {role}.</translation>
    </message>
    <message>
        <source>Last sync {ago}; {waiting} changes unsent.</source>
        <translation>Siste synkronisering {ago}; {waiting} endringer ikke sendt.</translation>
    </message>
    <message>
        <source>The chain disconnected this till: register it again with a new enrolment code.</source>
        <translation>Kjeden har koblet fra denne kassen: registrer den på nytt med en ny registreringskode.</translation>
    </message>
    <message>
        <source>Last attempt failed: {error}</source>
        <translation>Siste forsøk mislyktes: {error}</translation>
    </message>
    <message>
        <source>Counts as offline (no sync for {minutes} min): the offline redemption cap applies.</source>
        <translation>Regnes som frakoblet (ingen synkronisering på {minutes} min): grensen for innløsning uten nett gjelder.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>nettopp</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>for {minutes} min siden</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>for {hours} t siden</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>for {days} dager siden</translation>
    </message>
    <message>
        <source>{minutes} min slow</source>
        <translation>{minutes} min for sakte</translation>
    </message>
    <message>
        <source>{minutes} min fast</source>
        <translation>{minutes} min for fort</translation>
    </message>
    <message>
        <source>{hours} h slow</source>
        <translation>{hours} t for sakte</translation>
    </message>
    <message>
        <source>{hours} h fast</source>
        <translation>{hours} t for fort</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>sperret</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>sammenslått</translation>
    </message>
    <message>
        <source>per point</source>
        <translation>per poeng</translation>
    </message>
    <message>
        <source>per {per:,} points</source>
        <translation>per {per:,} poeng</translation>
    </message>
    <message>
        <source>{value} {basis}</source>
        <translation>{value} {basis}</translation>
    </message>
    <message>
        <source>Points for an action would be saved: not in training mode (Ctrl+Shift+T leaves it).</source>
        <translation>Poeng for en handling ville blitt lagret: ikke i øvingsmodus (Ctrl+Shift+T avslutter den).</translation>
    </message>
    <message>
        <source>{action}: +{points} points. New balance {balance}.</source>
        <translation>{action}: +{points} poeng. Ny saldo {balance}.</translation>
    </message>
    <message>
        <source>Training mode sells no paid membership.</source>
        <translation>Øvingsmodus selger ikke betalt medlemskap.</translation>
    </message>
    <message>
        <source>A paid membership is sold between sales: identify the member with an empty basket, then press Ctrl+M.</source>
        <translation>Betalt medlemskap selges mellom salg: identifiser medlemmet med tom handlekurv, og trykk Ctrl+M.</translation>
    </message>
    <message>
        <source>{name} until {day}: take {fee} on the shop&apos;s register.</source>
        <translation>{name} til {day}: ta {fee} i butikkens kasseapparat.</translation>
    </message>
    <message>
        <source>Gift card sale — key {amount} into the register · slip {number}</source>
        <translation>Gavekortsalg — slå inn {amount} på kasseapparatet · lapp {number}</translation>
    </message>
    <message>
        <source>Donation slip {number}: no money to take</source>
        <translation>Gavelapp {number}: ingen penger å ta imot</translation>
    </message>
    <message>
        <source>Happy birthday! +{points} points with this sale ({campaign})</source>
        <translation>Gratulerer med dagen! +{points} poeng med dette salget ({campaign})</translation>
    </message>
    <message>
        <source>Welcome back! +{points} points with this sale ({campaign})</source>
        <translation>Velkommen tilbake! +{points} poeng med dette salget ({campaign})</translation>
    </message>
    <message>
        <source>First purchase after a friend&apos;s referral: +{points} points ({campaign})</source>
        <translation>Første kjøp etter en venns anbefaling: +{points} poeng ({campaign})</translation>
    </message>
    <message>
        <source>The friend who referred them gets {points} points too</source>
        <translation>Vennen som anbefalte dem, får også {points} poeng</translation>
    </message>
    <message>
        <source>Only members in this segment get the campaign (define segments with Ctrl+G)</source>
        <translation>Bare medlemmer i denne målgruppen får kampanjen (målgrupper defineres med Ctrl+G)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>A control group of this share of members never gets the campaign, so the A/B report can show what it changed</source>
        <translation>En kontrollgruppe med denne andelen av medlemmene får aldri kampanjen, så A/B-rapporten kan vise hva den endret</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Alle medlemmer</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Innmelding</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Bursdag</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Verving</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Velkommen tilbake</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Anmeldelse</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spørreskjema</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>Innlegg i sosiale medier</translation>
    </message>
    <message>
        <source>e.g. Cinema 2-for-1</source>
        <translation>f.eks. Kino 2 for 1</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;offer</source>
        <translation>Partnerens til&amp;bud</translation>
    </message>
    <message>
        <source>&amp;Winners</source>
        <translation>&amp;Vinnere</translation>
    </message>
    <message>
        <source>reward id: weight, e.g. free-coffee: 3, nok20: 1</source>
        <translation>belønnings-id: vekt, f.eks. free-coffee: 3, nok20: 1</translation>
    </message>
    <message>
        <source>Dra&amp;ws from</source>
        <translation>Trekkes &amp;fra</translation>
    </message>
    <message>
        <source>Add an amount-off, percent-off or free-product reward first (it may be switched off).</source>
        <translation>Legg først til en belønning med beløp avslag, prosent avslag eller gratis vare (den kan være slått av).</translation>
    </message>
    <message>
        <source>Can draw: {rewards}</source>
        <translation>Kan trekkes: {rewards}</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About loyalty-pos</source>
        <translation>Om loyalty-pos</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ukjent)</translation>
    </message>
    <message>
        <source>&lt;b&gt;loyalty-pos&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;loyalty-pos&lt;/b&gt; versjon {version}</translation>
    </message>
    <message>
        <source>Offline-first point-of-sale loyalty terminal. Apache License 2.0.</source>
        <translation>Lojalitetsterminal for kassen som virker uten nett. Apache-lisens 2.0.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Loggfil</translation>
    </message>
    <message>
        <source>Card key fingerprint</source>
        <translation>Fingeravtrykk for kortnøkkel</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>ActionLimitFields</name>
    <message>
        <source>No limit</source>
        <translation>Ingen grense</translation>
    </message>
    <message>
        <source> times</source>
        <translation> ganger</translation>
    </message>
    <message>
        <source>Times per member</source>
        <translation>Ganger per medlem</translation>
    </message>
    <message>
        <source>Limit period</source>
        <translation>Grenseperiode</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>totalt</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>per uke</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>per måned</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>per år</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>Dager uten besøk</translation>
    </message>
    <message>
        <source>Times per &amp;member</source>
        <translation>Ganger per &amp;medlem</translation>
    </message>
    <message>
        <source>Limit &amp;per</source>
        <translation>Grense &amp;per</translation>
    </message>
    <message>
        <source>After &amp;days away</source>
        <translation>Etter &amp;dager borte</translation>
    </message>
    <message>
        <source>Birthday (at a visit in the birthday month)</source>
        <translation>Bursdag (ved et besøk i bursdagsmåneden)</translation>
    </message>
    <message>
        <source>Referral (both at the friend&apos;s first purchase)</source>
        <translation>Verving (begge ved vennens første kjøp)</translation>
    </message>
    <message>
        <source>Welcome back (first visit after days away)</source>
        <translation>Velkommen tilbake (første besøk etter dager borte)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Anmeldelse</translation>
    </message>
    <message>
        <source>Newsletter sign-up</source>
        <translation>Påmelding til nyhetsbrev</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spørreskjema</translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation>Deltok på arrangement</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>Innlegg i sosiale medier</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points of {name}</source>
        <translation>Juster poengene til {name}</translation>
    </message>
    <message>
        <source>{name} has {points:,} points. Type +250 to add or -250 to take away; the reason is shown on the member&apos;s statement and in the audit log.</source>
        <translation>{name} har {points:,} poeng. Skriv +250 for å legge til eller -250 for å trekke fra; grunnen vises på medlemmets kontoutskrift og i revisjonsloggen.</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Juster</translation>
    </message>
    <message>
        <source>e.g. +250 or -250</source>
        <translation>f.eks. +250 eller -250</translation>
    </message>
    <message>
        <source>e.g. receipt lost, points not earned on R01-000123</source>
        <translation>f.eks. kvittering tapt, poeng ikke opptjent på R01-000123</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Poeng</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grunn</translation>
    </message>
    <message>
        <source>Type the points to add (+250) or take away (-250).</source>
        <translation>Skriv poengene som skal legges til (+250) eller trekkes fra (-250).</translation>
    </message>
    <message>
        <source>Say why: an adjustment needs a reason.</source>
        <translation>Oppgi grunnen: en justering må ha en grunn.</translation>
    </message>
    <message>
        <source>adjusting {name}&apos;s points by {points:+,}</source>
        <translation>justering av poengene til {name} med {points:+,}</translation>
    </message>
</context>
<context>
    <name>AmountScreen</name>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Beløp</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegori</translation>
    </message>
    <message>
        <source>Register &amp;receipt no.</source>
        <translation>&amp;Kvitteringsnr. fra kassen</translation>
    </message>
    <message>
        <source>Welcome back: your parked sale is restored.</source>
        <translation>Velkommen tilbake: det parkerte salget ditt er hentet fram.</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Beløp ({currency})</translation>
    </message>
    <message>
        <source>Type the register&apos;s total, then Enter for the practice slip: nothing is recorded.</source>
        <translation>Skriv totalen fra kassen og trykk Enter for øvingslappen: ingenting blir registrert.</translation>
    </message>
    <message>
        <source>Type the register&apos;s total, then Enter to record the sale for points.</source>
        <translation>Skriv totalen fra kassen og trykk Enter for å registrere salget for poeng.</translation>
    </message>
    <message>
        <source>{name}&apos;s membership is {status}: no points on this sale.</source>
        <translation>Medlemskapet til {name} er {status}: ingen poeng på dette salget.</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Medlem: {name}</translation>
    </message>
    <message>
        <source>This till records amounts: ring {name} up on the cash register.</source>
        <translation>Denne kassen registrerer beløp: slå inn {name} på kasseapparatet.</translation>
    </message>
    <message>
        <source>Not redeemed: {reason}</source>
        <translation>Ikke innløst: {reason}</translation>
    </message>
    <message>
        <source>Earns {points} points</source>
        <translation>Gir {points} poeng</translation>
    </message>
    <message>
        <source>Key a discount of {amount} into the register</source>
        <translation>Slå inn en rabatt på {amount} i kassen</translation>
    </message>
    <message>
        <source>Type the amount the register charged.</source>
        <translation>Skriv beløpet kassen tok betalt.</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>Registrerer salget …</translation>
    </message>
    <message>
        <source>Recorded: {points} points earned. P prints the loyalty slip.</source>
        <translation>Registrert: {points} poeng opptjent. P skriver ut lojalitetslappen.</translation>
    </message>
    <message>
        <source>Training sale: nothing was recorded. P prints the slip marked TRAINING.</source>
        <translation>Øvingssalg: ingenting ble registrert. P skriver ut lappen merket ØVING.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Godkjenning fra leder</translation>
    </message>
    <message>
        <source>Manager approval needed for {what}</source>
        <translation>{what} må godkjennes av en leder</translation>
    </message>
    <message>
        <source>Asked by {user}. A manager types their PIN, then presses Enter.</source>
        <translation>Bedt om av {user}. En leder skriver PIN-koden sin og trykker Enter.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Lederens PIN</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Type the manager&apos;s PIN first.</source>
        <translation>Skriv lederens PIN først.</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
    <message>
        <source>What the shop&apos;s tills did twice while they were offline, found after they synced. Nothing here is corrected on its own: open the member to adjust their points, or merge a member enrolled twice.</source>
        <translation>Det butikkens kasser gjorde to ganger mens de var frakoblet, funnet etter synkroniseringen. Ingenting her rettes av seg selv: åpne medlemmet for å justere poengene, eller slå sammen et medlem som er innmeldt to ganger.</translation>
    </message>
    <message>
        <source>Open member</source>
        <translation>Åpne medlem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <source>Merge into the first enrolled</source>
        <translation>Slå sammen med den først innmeldte</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Balance below zero</source>
        <translation>Saldo under null</translation>
    </message>
    <message>
        <source>{points:,} points: offline tills together let them spend more than they had.</source>
        <translation>{points:,} poeng: frakoblede kasser lot til sammen medlemmet bruke mer enn det hadde.</translation>
    </message>
    <message>
        <source>Enrolled twice</source>
        <translation>Innmeldt to ganger</translation>
    </message>
    <message>
        <source>Phone {phone} is also enrolled as: {others}; Ctrl+M merges into this member (enrolled first).</source>
        <translation>Telefon {phone} er også innmeldt som: {others}; Ctrl+M slår sammen med dette medlemmet (innmeldt først).</translation>
    </message>
    <message>
        <source>Returned twice</source>
        <translation>Returnert to ganger</translation>
    </message>
    <message>
        <source>(no member)</source>
        <translation>(uten medlem)</translation>
    </message>
    <message>
        <source>{name} on receipt {receipt}: {returned} of {sold} taken back at two offline tills; both refunds were paid.</source>
        <translation>{name} på kvittering {receipt}: {returned} av {sold} tatt tilbake i to frakoblede kasser; begge refusjonene ble utbetalt.</translation>
    </message>
    <message>
        <source>{n} to look at. Up and Down choose; Enter opens the member.</source>
        <translation>{n} å se på. Opp og Ned velger; Enter åpner medlemmet.</translation>
    </message>
    <message>
        <source>Nothing needs attention: no balance below zero, no phone enrolled twice and no sale returned twice.</source>
        <translation>Ingenting trenger oppfølging: ingen saldo under null, ingen telefon innmeldt to ganger og ingen salg returnert to ganger.</translation>
    </message>
    <message>
        <source>Merged {n} record(s): {points:,} points moved. </source>
        <translation>Slo sammen {n} oppføring(er): {points:,} poeng flyttet. </translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>member enrolled</source>
        <translation>medlem innmeldt</translation>
    </message>
    <message>
        <source>member updated</source>
        <translation>medlem endret</translation>
    </message>
    <message>
        <source>members merged</source>
        <translation>medlemmer slått sammen</translation>
    </message>
    <message>
        <source>tier changed</source>
        <translation>nivå endret</translation>
    </message>
    <message>
        <source>consent changed</source>
        <translation>samtykke endret</translation>
    </message>
    <message>
        <source>member erased</source>
        <translation>medlem slettet</translation>
    </message>
    <message>
        <source>member data exported</source>
        <translation>medlemsdata eksportert</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>kort utstedt</translation>
    </message>
    <message>
        <source>card blocked</source>
        <translation>kort sperret</translation>
    </message>
    <message>
        <source>cards printed</source>
        <translation>kort skrevet ut</translation>
    </message>
    <message>
        <source>card key replaced</source>
        <translation>kortnøkkel erstattet</translation>
    </message>
    <message>
        <source>card key rotated</source>
        <translation>kortnøkkel rullert</translation>
    </message>
    <message>
        <source>card key imported</source>
        <translation>kortnøkkel importert</translation>
    </message>
    <message>
        <source>card key ring updated from head office</source>
        <translation>kortnøkkelringen oppdatert fra hovedkontoret</translation>
    </message>
    <message>
        <source>card key ring from head office refused</source>
        <translation>kortnøkkelringen fra hovedkontoret avvist</translation>
    </message>
    <message>
        <source>points adjusted</source>
        <translation>poeng justert</translation>
    </message>
    <message>
        <source>points transferred</source>
        <translation>poeng overført</translation>
    </message>
    <message>
        <source>points expired</source>
        <translation>poeng utløpt</translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation>poengpostering</translation>
    </message>
    <message>
        <source>balance flagged</source>
        <translation>saldo flagget</translation>
    </message>
    <message>
        <source>sale committed</source>
        <translation>salg lagret</translation>
    </message>
    <message>
        <source>return processed</source>
        <translation>retur behandlet</translation>
    </message>
    <message>
        <source>product saved</source>
        <translation>vare lagret</translation>
    </message>
    <message>
        <source>product deactivated</source>
        <translation>vare deaktivert</translation>
    </message>
    <message>
        <source>products imported</source>
        <translation>varer importert</translation>
    </message>
    <message>
        <source>category added</source>
        <translation>kategori lagt til</translation>
    </message>
    <message>
        <source>category removed</source>
        <translation>kategori fjernet</translation>
    </message>
    <message>
        <source>reward saved</source>
        <translation>belønning lagret</translation>
    </message>
    <message>
        <source>reward retired</source>
        <translation>belønning pensjonert</translation>
    </message>
    <message>
        <source>campaign saved</source>
        <translation>kampanje lagret</translation>
    </message>
    <message>
        <source>campaign ended</source>
        <translation>kampanje avsluttet</translation>
    </message>
    <message>
        <source>campaign removed</source>
        <translation>kampanje fjernet</translation>
    </message>
    <message>
        <source>program earning saved</source>
        <translation>opptjeningsregler lagret</translation>
    </message>
    <message>
        <source>program tiers saved</source>
        <translation>nivåer lagret</translation>
    </message>
    <message>
        <source>program price rules saved</source>
        <translation>programmets prisregler lagret</translation>
    </message>
    <message>
        <source>program expiry saved</source>
        <translation>utløpsregler lagret</translation>
    </message>
    <message>
        <source>program limits saved</source>
        <translation>programgrenser lagret</translation>
    </message>
    <message>
        <source>staff linked to member</source>
        <translation>ansatt koblet til medlem</translation>
    </message>
    <message>
        <source>program draft saved</source>
        <translation>programutkast lagret</translation>
    </message>
    <message>
        <source>program draft discarded</source>
        <translation>programutkast forkastet</translation>
    </message>
    <message>
        <source>program published</source>
        <translation>program publisert</translation>
    </message>
    <message>
        <source>staff created</source>
        <translation>ansatt opprettet</translation>
    </message>
    <message>
        <source>staff activated</source>
        <translation>ansatt aktivert</translation>
    </message>
    <message>
        <source>staff deactivated</source>
        <translation>ansatt deaktivert</translation>
    </message>
    <message>
        <source>staff unlocked</source>
        <translation>ansatt låst opp</translation>
    </message>
    <message>
        <source>pin reset</source>
        <translation>PIN tilbakestilt</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>logget inn</translation>
    </message>
    <message>
        <source>sign in failed</source>
        <translation>innlogging mislyktes</translation>
    </message>
    <message>
        <source>approval given</source>
        <translation>godkjenning gitt</translation>
    </message>
    <message>
        <source>approval failed</source>
        <translation>godkjenning mislyktes</translation>
    </message>
    <message>
        <source>approval issued</source>
        <translation>godkjenning utstedt</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>innstillinger endret</translation>
    </message>
    <message>
        <source>currency changed</source>
        <translation>valuta endret</translation>
    </message>
    <message>
        <source>shop created</source>
        <translation>butikk opprettet</translation>
    </message>
    <message>
        <source>recovery failed</source>
        <translation>gjenoppretting mislyktes</translation>
    </message>
    <message>
        <source>access recovered</source>
        <translation>tilgang gjenopprettet</translation>
    </message>
    <message>
        <source>chain started</source>
        <translation>revisjonskjede startet</translation>
    </message>
    <message>
        <source>chain restored</source>
        <translation>revisjonskjede gjenopprettet</translation>
    </message>
    <message>
        <source>head office&apos;s shop applied</source>
        <translation>hovedkontorets butikk tatt i bruk</translation>
    </message>
    <message>
        <source>member action recorded</source>
        <translation>medlemshandling registrert</translation>
    </message>
    <message>
        <source>member referred by a friend</source>
        <translation>medlem vervet av en venn</translation>
    </message>
    <message>
        <source>partner codes imported</source>
        <translation>partnerkoder importert</translation>
    </message>
    <message>
        <source>giveaway seed committed</source>
        <translation>trekningsfrø låst</translation>
    </message>
    <message>
        <source>giveaway drawn</source>
        <translation>trekning gjennomført</translation>
    </message>
    <message>
        <source>badge earned</source>
        <translation>merke tildelt</translation>
    </message>
    <message>
        <source>paid membership sold</source>
        <translation>betalt medlemskap solgt</translation>
    </message>
    <message>
        <source>segment saved</source>
        <translation>målgruppe lagret</translation>
    </message>
    <message>
        <source>segment removed</source>
        <translation>målgruppe fjernet</translation>
    </message>
    <message>
        <source>gift card money moved</source>
        <translation>gavekortpenger flyttet</translation>
    </message>
    <message>
        <source>points given to charity</source>
        <translation>poeng gitt til veldedighet</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Fra dag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Til dag</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>member, receipt, user…</source>
        <translation>medlem, kvittering, bruker …</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>Ha&amp;ndling</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>&amp;Key (Ctrl+F)</source>
        <translation>&amp;Nøkkel (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Revisjonsoppføringer</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Valgt oppføring</translation>
    </message>
    <message>
        <source>Choose an entry (↑↓) to read everything it recorded.</source>
        <translation>Velg en oppføring (↑↓) for å lese alt den registrerte.</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Last inn flere</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker …</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Laster inn flere …</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ingen oppføringer passer med disse filtrene.</translation>
    </message>
    <message>
        <source>Newest {count} entries shown; more are older (Ctrl+L).</source>
        <translation>De {count} nyeste oppføringene vises; flere er eldre (Ctrl+L).</translation>
    </message>
    <message>
        <source>The only matching entry is shown.</source>
        <translation>Den eneste oppføringen som passer, vises.</translation>
    </message>
    <message>
        <source>All {count} matching entries shown.</source>
        <translation>Alle {count} oppføringene som passer, vises.</translation>
    </message>
    <message>
        <source>Entry {seq} · {when}</source>
        <translation>Oppføring {seq} · {when}</translation>
    </message>
    <message>
        <source>Person: {actor}</source>
        <translation>Person: {actor}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Handling: {action}</translation>
    </message>
    <message>
        <source>Hash: {hash}</source>
        <translation>Hash: {hash}</translation>
    </message>
    <message>
        <source>Follows: {hash}</source>
        <translation>Følger: {hash}</translation>
    </message>
</context>
<context>
    <name>AuthoredElsewhere</name>
    <message>
        <source>Authored at head office: read-only on this till</source>
        <translation>Lages på hovedkontoret: skrivebeskyttet i denne kassen</translation>
    </message>
    <message>
        <source>This till belongs to a chain. The program and the catalog are edited on the head office till (Back office &gt; Products, Rewards, Earning rules &amp; tiers, Campaigns, then Simulate &amp; publish) and arrive here with the next sync.</source>
        <translation>Denne kassen hører til en kjede. Programmet og katalogen redigeres i hovedkontorets kasse (Administrasjon &gt; Varer, Belønninger, Poengregler og nivåer, Kampanjer, deretter Simuler og publiser) og kommer hit med neste synkronisering.</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>Products</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Belønninger</translation>
    </message>
    <message>
        <source>Earning rules &amp; tiers</source>
        <translation>Poengregler og nivåer</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Simulate &amp; publish</source>
        <translation>Simuler og publiser</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Skriv ut kort</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <source>Back office — {manager}</source>
        <translation>Administrasjon – {manager}</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <source>Signed in: {manager} (manager)</source>
        <translation>Logget inn: {manager} (leder)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the till</source>
        <translation>Tilbake til kassen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Deler</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <source>This section has changes that are not saved. Leave it and lose them?</source>
        <translation>Denne delen har endringer som ikke er lagret. Vil du gå ut og miste dem?</translation>
    </message>
</context>
<context>
    <name>BadgesTab</name>
    <message>
        <source>Badges</source>
        <translation>Merker</translation>
    </message>
    <message>
        <source>Members holding each badge today, and the badges awarded in the range.</source>
        <translation>Medlemmer som har hvert merke i dag, og merkene som ble tildelt i perioden.</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Innehavere</translation>
    </message>
    <message>
        <source>Awarded in the range</source>
        <translation>Tildelt i perioden</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Merke</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Vol. {percent} %</source>
        <translation>Kvantum {percent} %</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
</context>
<context>
    <name>BasketView</name>
    <message>
        <source>Basket</source>
        <translation>Handlekurv</translation>
    </message>
    <message>
        <source>The sale&apos;s lines; + and - change the quantity, Delete removes a line</source>
        <translation>Salgets linjer; + og - endrer antallet, Delete fjerner en linje</translation>
    </message>
</context>
<context>
    <name>BlockCardDialog</name>
    <message>
        <source>Block a card of {name}</source>
        <translation>Sperr et kort for {name}</translation>
    </message>
    <message>
        <source>A blocked card is refused at the till from the next scan on. Re-issue a card (Ctrl+Shift+I) so the member can keep collecting.</source>
        <translation>Et sperret kort avvises i kassen fra neste skanning. Utsted et nytt kort (Ctrl+Shift+I) så medlemmet kan fortsette å samle poeng.</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>Sperr kortet</translation>
    </message>
    <message>
        <source>e.g. lost, stolen, damaged</source>
        <translation>f.eks. mistet, stjålet, skadet</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grunn</translation>
    </message>
    <message>
        <source>Say why the card is blocked.</source>
        <translation>Oppgi hvorfor kortet sperres.</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Points multiplier</source>
        <translation>Poengmultiplikator</translation>
    </message>
    <message>
        <source>Bonus on a big basket</source>
        <translation>Bonus på en stor handel</translation>
    </message>
    <message>
        <source>Instant win (1 in N sales)</source>
        <translation>Umiddelbar gevinst (1 av N salg)</translation>
    </message>
    <message>
        <source>Bonus for an action</source>
        <translation>Bonus for en handling</translation>
    </message>
    <message>
        <source>None ticked: the whole basket</source>
        <translation>Ingen krysset av: hele handlekurven</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poeng</translation>
    </message>
    <message>
        <source>1 in </source>
        <translation>1 av </translation>
    </message>
    <message>
        <source>every </source>
        <translation>hver </translation>
    </message>
    <message>
        <source>by the odds</source>
        <translation>etter sjansen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Første dag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Siste dag</translation>
    </message>
    <message>
        <source>&amp;Multiplier</source>
        <translation>&amp;Multiplikator</translation>
    </message>
    <message>
        <source>On cate&amp;gories</source>
        <translation>På kate&amp;gorier</translation>
    </message>
    <message>
        <source>&amp;Bonus</source>
        <translation>&amp;Bonus</translation>
    </message>
    <message>
        <source>Minimum &amp;spend</source>
        <translation>Minste&amp;beløp</translation>
    </message>
    <message>
        <source>&amp;Odds</source>
        <translation>&amp;Sjanse</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <source>For &amp;tier</source>
        <translation>For &amp;nivå</translation>
    </message>
    <message>
        <source>Or &amp;every Nth sale</source>
        <translation>&amp;Eller hvert N-te salg</translation>
    </message>
    <message>
        <source>&amp;Prize</source>
        <translation>&amp;Premie</translation>
    </message>
    <message>
        <source>For s&amp;egment</source>
        <translation>Må&amp;lgruppe</translation>
    </message>
    <message>
        <source>&amp;Hold out</source>
        <translation>Hol&amp;des utenfor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Bonus points only</source>
        <translation>Bare bonuspoeng</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Alle medlemmer</translation>
    </message>
    <message>
        <source>{tier} and above</source>
        <translation>{tier} og høyere</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Ny kampanje</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Rediger {name}</translation>
    </message>
    <message>
        <source>Joining the programme (enrolment)</source>
        <translation>Bli med i programmet (innmelding)</translation>
    </message>
    <message>
        <source>{action} (not awarded by the till)</source>
        <translation>{action} (gis ikke av kassen)</translation>
    </message>
</context>
<context>
    <name>CampaignLiftTab</name>
    <message>
        <source>Member sales and members who bought on each campaign&apos;s days, beside the same number of days just before it started. A change hints at the campaign&apos;s effect; the A/B tab measures it.</source>
        <translation>Medlemssalg og medlemmer som handlet i hver kampanjes dager, ved siden av like mange dager rett før den startet. En endring antyder kampanjens effekt; A/B-fanen måler den.</translation>
    </message>
    <message>
        <source>Member sales before and during each campaign</source>
        <translation>Medlemssalg før og under hver kampanje</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Sales before</source>
        <translation>Salg før</translation>
    </message>
    <message>
        <source>Sales during</source>
        <translation>Salg under</translation>
    </message>
    <message>
        <source>Sales change</source>
        <translation>Endring i salg</translation>
    </message>
    <message>
        <source>Members before</source>
        <translation>Medlemmer før</translation>
    </message>
    <message>
        <source>Members during</source>
        <translation>Medlemmer under</translation>
    </message>
    <message>
        <source>Members change</source>
        <translation>Endring i medlemmer</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
</context>
<context>
    <name>CampaignsSection</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Changes are saved to the draft; the till uses them once the draft is published (Simulate &amp; publish).</source>
        <translation>Endringene lagres i utkastet; kassen bruker dem når utkastet er publisert (Simuler og publiser).</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Ny kampanje</translation>
    </message>
    <message>
        <source>End campaign</source>
        <translation>Avslutt kampanjen</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>Lagre i utkastet</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>Målgrupper …</translation>
    </message>
    <message>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>{status} · new in draft</source>
        <translation>{status} · ny i utkastet</translation>
    </message>
    <message>
        <source>{status} · changed in draft</source>
        <translation>{status} · endret i utkastet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <source>The campaign you are editing has unsaved changes. Discard them?</source>
        <translation>Kampanjen du redigerer har endringer som ikke er lagret. Vil du forkaste dem?</translation>
    </message>
    <message>
        <source>{name} saved to the draft.</source>
        <translation>{name} er lagret i utkastet.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Ikke lagret: rett feltene som er merket med rødt.</translation>
    </message>
    <message>
        <source>{name} has not started: take it out of the draft?</source>
        <translation>{name} har ikke startet: vil du ta den ut av utkastet?</translation>
    </message>
    <message>
        <source>End {name} now? Sales from now on no longer get it, once the draft is published.</source>
        <translation>Avslutte {name} nå? Salg fra nå av får den ikke lenger, når utkastet er publisert.</translation>
    </message>
    <message>
        <source>{name} taken out of the draft.</source>
        <translation>{name} er tatt ut av utkastet.</translation>
    </message>
    <message>
        <source>{name} ends now (in the draft).</source>
        <translation>{name} avsluttes nå (i utkastet).</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Over the days each ran in the range. Its sales&apos; average basket beside the other member sales of those days hints at extra spend, without proving it.</source>
        <translation>Over dagene hver av dem pågikk i perioden. Snittkurven for salgene deres ved siden av de andre medlemssalgene de dagene antyder ekstra forbruk, uten å bevise det.</translation>
    </message>
    <message>
        <source>Points given per campaign</source>
        <translation>Poeng gitt per kampanje</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>Avg basket</source>
        <translation>Snittkurv</translation>
    </message>
    <message>
        <source>Others&apos; basket</source>
        <translation>Andres kurv</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
</context>
<context>
    <name>CardsSection</name>
    <message>
        <source>Print member cards</source>
        <translation>Skriv ut medlemskort</translation>
    </message>
    <message>
        <source>Cards of new members wait in the print queue until a sheet of them is saved; blank pre-numbered cards are handed out at enrolment.</source>
        <translation>Kort til nye medlemmer venter i utskriftskøen til et ark med dem er lagret; blanke forhåndsnummererte kort deles ut ved innmelding.</translation>
    </message>
    <message>
        <source>&amp;Cards waiting to be printed</source>
        <translation>&amp;Kort som venter på utskrift</translation>
    </message>
    <message>
        <source>&amp;Blank numbered cards</source>
        <translation>&amp;Blanke nummererte kort</translation>
    </message>
    <message>
        <source>Press F5 to see the sheet before printing.</source>
        <translation>Trykk F5 for å se arket før utskrift.</translation>
    </message>
    <message>
        <source>F5
Preview</source>
        <translation>F5
Forhåndsvis</translation>
    </message>
    <message>
        <source>F9
Save PDF to print</source>
        <translation>F9
Lagre PDF for utskrift</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Antall</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papir</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>Lagre &amp;til</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Forbereder arket …</translation>
    </message>
    <message>
        <source>Preparing the sheet… page {done} of {total}</source>
        <translation>Forbereder arket … side {done} av {total}</translation>
    </message>
    <message>
        <source>Nothing to print: every active member card has been printed already.</source>
        <translation>Ingenting å skrive ut: alle aktive medlemskort er skrevet ut allerede.</translation>
    </message>
    <message>
        <source>{cards} card(s) on {pages} page(s). Print at 100 % (actual size).</source>
        <translation>{cards} kort på {pages} side(r). Skriv ut i 100 % (faktisk størrelse).</translation>
    </message>
    <message>
        <source>The choice changed; press F5 for a new preview.</source>
        <translation>Valget er endret; trykk F5 for en ny forhåndsvisning.</translation>
    </message>
    <message>
        <source>Preview the sheet first (F5).</source>
        <translation>Forhåndsvis arket først (F5).</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Lagret i {path}.</translation>
    </message>
</context>
<context>
    <name>CardsTable</name>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>works</source>
        <translation>virker</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>sperret</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>erstattet</translation>
    </message>
</context>
<context>
    <name>CatalogProductsModel</name>
    <message>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>CategoriesPanel</name>
    <message>
        <source>A category is only a name, so it is not renamed: add the new name, move the products, then remove the old one. One still in use is never removed.</source>
        <translation>En kategori er bare et navn, så den gis ikke nytt navn: legg til det nye navnet, flytt varene og fjern den gamle. En kategori som er i bruk, fjernes aldri.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>New category name</source>
        <translation>Navn på ny kategori</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Legg til kategori</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Remove the chosen category</source>
        <translation>Fjern den valgte kategorien</translation>
    </message>
    <message>
        <source>{name}  (1 product)</source>
        <translation>{name}  (1 vare)</translation>
    </message>
    <message>
        <source>{name}  ({count} products)</source>
        <translation>{name}  ({count} varer)</translation>
    </message>
    <message>
        <source>Type the new category&apos;s name first.</source>
        <translation>Skriv navnet på den nye kategorien først.</translation>
    </message>
    <message>
        <source>Category {name} added.</source>
        <translation>Kategorien {name} er lagt til.</translation>
    </message>
    <message>
        <source>Choose the category to remove in the list first.</source>
        <translation>Velg kategorien som skal fjernes, i listen først.</translation>
    </message>
    <message>
        <source>Category {name} removed.</source>
        <translation>Kategorien {name} er fjernet.</translation>
    </message>
</context>
<context>
    <name>ChainBanner</name>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Kontroller igjen</translation>
    </message>
    <message>
        <source>The audit chain has not been verified yet.</source>
        <translation>Revisjonskjeden er ikke kontrollert ennå.</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Kontrollerer revisjonskjeden …</translation>
    </message>
    <message>
        <source>You can read and filter the log meanwhile.</source>
        <translation>Du kan lese og filtrere loggen så lenge.</translation>
    </message>
    <message>
        <source>{checked} of {total} entries</source>
        <translation>{checked} av {total} oppføringer</translation>
    </message>
    <message>
        <source>✔ Chain intact: {count} entries verified</source>
        <translation>✔ Kjeden er hel: {count} oppføringer kontrollert</translation>
    </message>
    <message>
        <source>✖ Chain BROKEN: the audit log was altered after it was written</source>
        <translation>✖ Kjeden er BRUTT: revisjonsloggen ble endret etter at den ble skrevet</translation>
    </message>
    <message>
        <source>… and {count} more problem(s).</source>
        <translation>… og {count} problem(er) til.</translation>
    </message>
    <message>
        <source>The audit chain could not be verified.</source>
        <translation>Revisjonskjeden kunne ikke kontrolleres.</translation>
    </message>
</context>
<context>
    <name>ChallengesTab</name>
    <message>
        <source>Challenges</source>
        <translation>Utfordringer</translation>
    </message>
    <message>
        <source>Completions and their points in the range. Where members stand is as of now, in each challenge&apos;s current period (or run of visits): how many members have 1, 2 … of the target.</source>
        <translation>Fullføringer og poengene deres i perioden. Hvor medlemmene står, gjelder nå, i hver utfordrings gjeldende periode (eller rekke av besøk): hvor mange medlemmer som har 1, 2 … av målet.</translation>
    </message>
    <message>
        <source>Completions per challenge</source>
        <translation>Fullføringer per utfordring</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Utfordring</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Fullføringer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Under way now</source>
        <translation>Underveis nå</translation>
    </message>
    <message>
        <source>Where they stand</source>
        <translation>Hvor de står</translation>
    </message>
</context>
<context>
    <name>CharitiesTab</name>
    <message>
        <source>{donations:,} donation(s) in the range gave {points:,} points, {money}: what the shop pays the charities, at the rate each had when the points were given.</source>
        <translation>{donations:,} gave i perioden ga {points:,} poeng, {money}: det butikken betaler de veldedige organisasjonene, etter satsen hver hadde da poengene ble gitt.</translation>
    </message>
    <message>
        <source>No points were given to a charity in the range.</source>
        <translation>Ingen poeng ble gitt til veldedighet i perioden.</translation>
    </message>
    <message>
        <source>Money given per charity</source>
        <translation>Penger gitt per organisasjon</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Gaver</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Penger</translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation>Databehandling</translation>
    </message>
    <message>
        <source>enrolment at the till</source>
        <translation>innmelding i kassen</translation>
    </message>
    <message>
        <source>changed by the shop</source>
        <translation>endret av butikken</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <source>asked by the member</source>
        <translation>etter ønske fra medlemmet</translation>
    </message>
    <message>
        <source>member erased</source>
        <translation>medlemmet er slettet</translation>
    </message>
    <message>
        <source>held before consents were recorded</source>
        <translation>gitt før samtykker ble registrert</translation>
    </message>
    <message>
        <source>given</source>
        <translation>gitt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>trukket tilbake</translation>
    </message>
</context>
<context>
    <name>CountingLines</name>
    <message>
        <source>{name} complete: +{points} with this sale</source>
        <translation>{name} fullført: +{points} med dette salget</translation>
    </message>
    <message>
        <source>{name} {count}/{target}</source>
        <translation>{name} {count}/{target}</translation>
    </message>
    <message>
        <source>New badge: {name}</source>
        <translation>Nytt merke: {name}</translation>
    </message>
    <message>
        <source>Badges: {names}</source>
        <translation>Merker: {names}</translation>
    </message>
    <message>
        <source>{name} until {day}</source>
        <translation>{name} til {day}</translation>
    </message>
</context>
<context>
    <name>CountingPage</name>
    <message>
        <source>Buys per period</source>
        <translation>Kjøp per periode</translation>
    </message>
    <message>
        <source>Visits in a row</source>
        <translation>Besøk på rad</translation>
    </message>
    <message>
        <source>week</source>
        <translation>uke</translation>
    </message>
    <message>
        <source>month</source>
        <translation>måned</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Categories tried</source>
        <translation>Kategorier prøvd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Categories or product codes, separated by commas; empty: every purchase</source>
        <translation>Kategorier eller varekoder, skilt med komma; tomt: alle kjøp</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Terskel</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Fee ({currency})</source>
        <translation>Avgift ({currency})</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Til salgs</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Fjern rad</translation>
    </message>
    <message>
        <source>A challenge pays its bonus points once per period (or each time the visits in a row reach the target); badges are awarded once; a paid membership puts the member in its tier and the yearly review leaves them there until it ends. The fee is taken on the shop&apos;s register.</source>
        <translation>En utfordring gir bonuspoengene én gang per periode (eller hver gang besøk på rad når målet); merker tildeles én gang; et betalt medlemskap setter medlemmet på sitt nivå, og den årlige gjennomgangen lar dem bli der til det utløper. Avgiften tas i butikkens kasseapparat.</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>&amp;Utfordringer</translation>
    </message>
    <message>
        <source>Ba&amp;dges</source>
        <translation>Mer&amp;ker</translation>
    </message>
    <message>
        <source>Paid &amp;memberships</source>
        <translation>Betalte &amp;medlemskap</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <source>{name}: {what} is a whole number.</source>
        <translation>{name}: {what} er et heltall.</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>målet</translation>
    </message>
    <message>
        <source>the bonus points</source>
        <translation>bonuspoengene</translation>
    </message>
    <message>
        <source>the threshold</source>
        <translation>terskelen</translation>
    </message>
    <message>
        <source>the months</source>
        <translation>antall måneder</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>{count} more error(s) since.</source>
        <translation>{count} feil til siden da.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

The till is still running; if it misbehaves, restart it.</source>
        <translation>Noe gikk galt: {summary}

Kassen kjører fortsatt; hvis den oppfører seg rart, start den på nytt.</translation>
    </message>
    <message>
        <source>No log file could be written; note what you were doing and tell your support.</source>
        <translation>Ingen loggfil kunne skrives; noter hva du gjorde, og si fra til kundestøtten din.</translation>
    </message>
    <message>
        <source>The details are in the log file
{path}
Send it to your support.</source>
        <translation>Detaljene står i loggfilen
{path}
Send den til kundestøtten din.</translation>
    </message>
</context>
<context>
    <name>CreateStaffDialog</name>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>what they type to sign in, e.g. kari</source>
        <translation>det de skriver for å logge inn, f.eks. kari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>shown on screens and receipts, e.g. Kari Nordmann</source>
        <translation>vises på skjermer og kvitteringer, f.eks. Kari Nordmann</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasserer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Ny ansattkonto</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Skriv et brukernavn.</translation>
    </message>
</context>
<context>
    <name>CsvPanel</name>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer CSV …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>Importer varer fra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export products to CSV</source>
        <translation>Eksporter varer til CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leser {file} …</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Skriver {file} …</translation>
    </message>
    <message>
        <source>Checking rows: {done} of {total}</source>
        <translation>Kontrollerer rader: {done} av {total}</translation>
    </message>
    <message>
        <source>Saving products: {done} of {total}</source>
        <translation>Lagrer varer: {done} av {total}</translation>
    </message>
    <message>
        <source>Products imported from {file}: {saved}.</source>
        <translation>Varer importert fra {file}: {saved}.</translation>
    </message>
    <message>
        <source>Products imported from {file}: {saved}. Rows left out, with problems: {bad}.</source>
        <translation>Varer importert fra {file}: {saved}. Rader med problemer som ble utelatt: {bad}.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported from {file}.</source>
        <translation>Importen er avbrutt: ingenting ble importert fra {file}.</translation>
    </message>
    <message>
        <source>Products exported to {path}: {count}.</source>
        <translation>Varer eksportert til {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Kundeskjerm</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Velkommen!</translation>
    </message>
    <message>
        <source>Scan your loyalty card to earn points on today&apos;s shopping.</source>
        <translation>Skann lojalitetskortet ditt for å tjene poeng på dagens handel.</translation>
    </message>
    <message>
        <source>You won: {prize}!</source>
        <translation>Du vant: {prize}!</translation>
    </message>
    <message>
        <source>+{points}</source>
        <translation>+{points}</translation>
    </message>
    <message>
        <source>Not a member yet?</source>
        <translation>Ikke medlem ennå?</translation>
    </message>
    <message>
        <source>Join today and this sale earns you</source>
        <translation>Bli med i dag, og dette kjøpet gir deg</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hei, {name}!</translation>
    </message>
    <message>
        <source>Points this sale</source>
        <translation>Poeng på dette kjøpet</translation>
    </message>
    <message>
        <source>Your balance: {points} points</source>
        <translation>Saldoen din: {points} poeng</translation>
    </message>
    <message>
        <source>You can have a {reward} now!</source>
        <translation>Du kan få {reward} nå!</translation>
    </message>
    <message>
        <source>{points} points to {reward}</source>
        <translation>{points} poeng til {reward}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Manual discount</source>
        <translation>Manuell rabatt</translation>
    </message>
    <message>
        <source>Discount on {name}</source>
        <translation>Rabatt på {name}</translation>
    </message>
    <message>
        <source>Line total {total}. Type the amount off, e.g. 10.00. A manager approves it next.</source>
        <translation>Linjesum {total}. Skriv beløpet som trekkes fra, f.eks. 10.00. En leder godkjenner det etterpå.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>The discount must be more than 0 and at most {total}.</source>
        <translation>Rabatten må være over 0 og høyst {total}.</translation>
    </message>
</context>
<context>
    <name>DonateDialog</name>
    <message>
        <source>Donate points</source>
        <translation>Gi poeng</translation>
    </message>
    <message>
        <source>{name} gives points to a charity</source>
        <translation>{name} gir poeng til en veldedig organisasjon</translation>
    </message>
    <message>
        <source>{points:,} points to give. The points leave the member&apos;s balance; the shop pays the charity what they are worth.</source>
        <translation>{points:,} poeng å gi. Poengene trekkes fra medlemmets saldo; butikken betaler organisasjonen det de er verdt.</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Points to give</source>
        <translation>Poeng å gi</translation>
    </message>
    <message>
        <source>&amp;Charity</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Poeng</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Gi</translation>
    </message>
    <message>
        <source>{points:,} points = {amount} to {charity}</source>
        <translation>{points:,} poeng = {amount} til {charity}</translation>
    </message>
    <message>
        <source>Type the points to give.</source>
        <translation>Skriv inn poengene som skal gis.</translation>
    </message>
    <message>
        <source>The member has {points:,} points.</source>
        <translation>Medlemmet har {points:,} poeng.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>I have &amp;written the recovery code down</source>
        <translation>Jeg har &amp;skrevet ned gjenopprettingskoden</translation>
    </message>
    <message>
        <source>Then sign in as {user} with your PIN.</source>
        <translation>Logg deretter inn som {user} med PIN-koden din.</translation>
    </message>
    <message>
        <source>Tick the box (Alt+W or Space) once the code is on paper; it cannot be shown again.</source>
        <translation>Kryss av i boksen (Alt+W eller mellomrom) når koden står på papir; den kan ikke vises igjen.</translation>
    </message>
</context>
<context>
    <name>EarningPage</name>
    <message>
        <source>Amount that earns the base rate</source>
        <translation>Beløp som gir grunnsatsen</translation>
    </message>
    <message>
        <source>Down (no point that is not fully earned)</source>
        <translation>Ned (ingen poeng som ikke er fullt opptjent)</translation>
    </message>
    <message>
        <source>To the nearest point (half up)</source>
        <translation>Til nærmeste poeng (halvt opp)</translation>
    </message>
    <message>
        <source>To the nearest point (half to even)</source>
        <translation>Til nærmeste poeng (halvt til partall)</translation>
    </message>
    <message>
        <source>Up (any part earns a whole point)</source>
        <translation>Opp (enhver del gir et helt poeng)</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>Pris inkludert mva.</translation>
    </message>
    <message>
        <source>Price excluding VAT</source>
        <translation>Pris eksklusiv mva.</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Ingen grense</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poeng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplikator</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>Gir poeng</translation>
    </message>
    <message>
        <source>point(s) per</source>
        <translation>poeng per</translation>
    </message>
    <message>
        <source>&amp;Base rate</source>
        <translation>&amp;Grunnsats</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>&amp;Avrunding</translation>
    </message>
    <message>
        <source>&amp;Minimum basket</source>
        <translation>&amp;Minste handel</translation>
    </message>
    <message>
        <source>Earn o&amp;n</source>
        <translation>Tjen &amp;på</translation>
    </message>
    <message>
        <source>&amp;Daily cap per member</source>
        <translation>&amp;Daglig grense per medlem</translation>
    </message>
    <message>
        <source>Type a new multiplier on a row (100 % = the base rate); Space switches “Earns”.</source>
        <translation>Skriv en ny multiplikator på en rad (100 % = grunnsatsen); mellomrom slår «Gir poeng» av og på.</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Ka&amp;tegorier</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>gir poeng</translation>
    </message>
    <message>
        <source>The amount per point must be above 0.</source>
        <translation>Beløpet per poeng må være over 0.</translation>
    </message>
</context>
<context>
    <name>EndOfDayTab</name>
    <message>
        <source>{day} in the shop&apos;s time zone ({zone}), the To date: {sales:,} sale(s) and {returns:,} return(s), {money} net. Amount-only entries: {entries:,} for {register}, in the register&apos;s own count.</source>
        <translation>{day} i butikkens tidssone ({zone}), til-datoen: {sales:,} salg og {returns:,} retur(er), {money} netto. Bare beløp: {entries:,} for {register}, etter kassens egen telling.</translation>
    </message>
    <message>
        <source>Sales and returns per till and cashier</source>
        <translation>Salg og returer per kasse og kasserer</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasserer</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Nettosum</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Gavekort</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Poeng gitt</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Poeng innløst</translation>
    </message>
    <message>
        <source>Amount-only</source>
        <translation>Bare beløp</translation>
    </message>
    <message>
        <source>Amount-only total</source>
        <translation>Sum bare beløp</translation>
    </message>
    <message>
        <source>Gift card sales</source>
        <translation>Gavekortsalg</translation>
    </message>
    <message>
        <source>Membership sales</source>
        <translation>Medlemskapssalg</translation>
    </message>
    <message>
        <source>Key into the register apart from sales: {cards} for gift cards ({sold:,} sold, {topped:,} topped up).</source>
        <translation>Slå inn på kasseapparatet utenom salget: {cards} for gavekort ({sold:,} solgt, {topped:,} fylt på).</translation>
    </message>
    <message>
        <source>Key into the register apart from sales: {fees} for {memberships:,} paid membership(s).</source>
        <translation>Slå inn på kasseapparatet utenom salget: {fees} for {memberships:,} betalt(e) medlemskap.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a new member</source>
        <translation>Meld inn et nytt medlem</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Fornavn og etternavn</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>name@example.com (optional)</source>
        <translation>navn@eksempel.no (valgfritt)</translation>
    </message>
    <message>
        <source>e.g. {example} (optional)</source>
        <translation>f.eks. {example} (valgfritt)</translation>
    </message>
    <message>
        <source>A friend&apos;s referral code (optional)</source>
        <translation>En venns vervekode (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Fødselsdag</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>&amp;Data processing (required)</source>
        <translation>&amp;Databehandling (påkrevd)</translation>
    </message>
    <message>
        <source>Needed to keep the member&apos;s card, points and contact details. Without it we cannot enrol.</source>
        <translation>Trengs for å ta vare på medlemmets kort, poeng og kontaktopplysninger. Uten det kan vi ikke melde inn.</translation>
    </message>
    <message>
        <source>&amp;Marketing offers (optional)</source>
        <translation>&amp;Markedsføringstilbud (valgfritt)</translation>
    </message>
    <message>
        <source>By email and SMS; the member can say no at any time.</source>
        <translation>På e-post og SMS; medlemmet kan si nei når som helst.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>&amp;Issue a new number, print later</source>
        <translation>&amp;Gi et nytt nummer, skriv ut senere</translation>
    </message>
    <message>
        <source>&amp;Scan a pre-printed card now</source>
        <translation>&amp;Skann et forhåndstrykt kort nå</translation>
    </message>
    <message>
        <source>Scan the card, or type its 16 digits</source>
        <translation>Skann kortet, eller skriv de 16 sifrene</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enrol member</source>
        <translation>Meld inn medlem</translation>
    </message>
    <message>
        <source>&amp;Referral code</source>
        <translation>&amp;Vervekode</translation>
    </message>
    <message>
        <source>Mobile number, e.g. {example}</source>
        <translation>Mobilnummer, f.eks. {example}</translation>
    </message>
    <message>
        <source>That was not a member card ({what}). Scan the card&apos;s QR code or barcode.</source>
        <translation>Det var ikke et medlemskort ({what}). Skann QR-koden eller strekkoden på kortet.</translation>
    </message>
    <message>
        <source>Scan the card now, or choose &quot;Issue a new card number&quot;.</source>
        <translation>Skann kortet nå, eller velg «Gi et nytt kortnummer».</translation>
    </message>
    <message>
        <source>A card number has 16 digits.</source>
        <translation>Et kortnummer har 16 sifre.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation>Skriv medlemmets navn.</translation>
    </message>
    <message>
        <source>A name has at most 120 characters.</source>
        <translation>Et navn har høyst 120 tegn.</translation>
    </message>
    <message>
        <source>Not a phone number: 6 to 15 digits, may start with +.</source>
        <translation>Ikke et telefonnummer: 6 til 15 sifre, kan starte med +.</translation>
    </message>
    <message>
        <source>This phone number already belongs to a member: find them instead.</source>
        <translation>Dette telefonnummeret tilhører allerede et medlem: finn medlemmet i stedet.</translation>
    </message>
    <message>
        <source>Not an email address (like name@example.com).</source>
        <translation>Ikke en e-postadresse (som navn@eksempel.no).</translation>
    </message>
    <message>
        <source>This email already belongs to a member: find them instead.</source>
        <translation>Denne e-postadressen tilhører allerede et medlem: finn medlemmet i stedet.</translation>
    </message>
    <message>
        <source>Tick data processing (Space or Alt+D): it is required to join.</source>
        <translation>Kryss av for databehandling (mellomrom eller Alt+D): det kreves for å bli med.</translation>
    </message>
    <message>
        <source>This card already belongs to a member: use another card or issue a new number.</source>
        <translation>Dette kortet tilhører allerede et medlem: bruk et annet kort eller gi et nytt nummer.</translation>
    </message>
    <message>
        <source>The card number&apos;s check digit is wrong: scan it again or retype it.</source>
        <translation>Kontrollsifferet i kortnummeret er feil: skann det igjen eller skriv det på nytt.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>En fødselsdag kan ikke være fram i tid.</translation>
    </message>
    <message>
        <source>That day does not exist: check the day and the month.</source>
        <translation>Den dagen finnes ikke: sjekk dagen og måneden.</translation>
    </message>
    <message>
        <source>Type the birthday like {example}, or leave it empty.</source>
        <translation>Skriv fødselsdagen som {example}, eller la feltet stå tomt.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name} for good</source>
        <translation>Slett {name} for godt</translation>
    </message>
    <message>
        <source>Name, phone, email, birthday and consents are removed from the member and from anything waiting to sync (receipts never hold them). Their {points:,} points are forfeited and every card stops working. Sales, points history and totals stay, under the member id only. This cannot be undone: export the data first if the member asked for a copy.</source>
        <translation>Navn, telefon, e-post, fødselsdag og samtykker fjernes fra medlemmet og fra alt som venter på synkronisering (kvitteringer har dem aldri). De {points:,} poengene går tapt, og alle kortene slutter å virke. Salg, poenghistorikk og summer blir stående, bare under medlems-ID-en. Dette kan ikke angres: eksporter dataene først hvis medlemmet ba om en kopi.</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>Slett medlemmet</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Skriv {word} for å bekrefte</translation>
    </message>
    <message>
        <source>Type {word} in capitals: erasing cannot be undone.</source>
        <translation>Skriv {word} med store bokstaver: sletting kan ikke angres.</translation>
    </message>
</context>
<context>
    <name>ExpiryPage</name>
    <message>
        <source>Take back what is left, stop at 0 and flag the member</source>
        <translation>Ta tilbake det som er igjen, stopp på 0 og merk medlemmet</translation>
    </message>
    <message>
        <source>Take back everything (the balance may go below 0)</source>
        <translation>Ta tilbake alt (saldoen kan gå under 0)</translation>
    </message>
    <message>
        <source>Points expire this long &amp;after they are earned</source>
        <translation>Poeng utløper så lenge &amp;etter at de er opptjent</translation>
    </message>
    <message>
        <source>All points expire after this long &amp;without activity</source>
        <translation>Alle poeng utløper etter så lang tid &amp;uten aktivitet</translation>
    </message>
    <message>
        <source>When a &amp;return takes back points the member has already spent</source>
        <translation>Når en &amp;retur tar tilbake poeng medlemmet allerede har brukt</translation>
    </message>
    <message>
        <source>0 months = never. Points already earned keep the expiry date they were given; the new rule applies to points earned after publishing.</source>
        <translation>0 måneder = aldri. Poeng som allerede er opptjent, beholder utløpsdatoen de fikk; den nye regelen gjelder poeng opptjent etter publisering.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the data of {name}</source>
        <translation>Eksporter dataene til {name}</translation>
    </message>
    <message>
        <source>Everything held about the member: profile, consents, cards, points history, purchases and receipts. A file ending in .pdf is a readable document to hand over; any other name gets JSON. The export is recorded in the audit log.</source>
        <translation>Alt som er lagret om medlemmet: profil, samtykker, kort, poenghistorikk, kjøp og kvitteringer. En fil som slutter på .pdf, er et lesbart dokument å gi videre; alle andre navn gir JSON. Eksporten registreres i revisjonsloggen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Say where to write the file.</source>
        <translation>Oppgi hvor filen skal skrives.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>Mappen {folder} finnes ikke.</translation>
    </message>
</context>
<context>
    <name>FlowsTab</name>
    <message>
        <source>Points per month</source>
        <translation>Poeng per måned</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Innløst</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <source>Gift card</source>
        <translation>Gavekort</translation>
    </message>
    <message>
        <source>Scan the card or type its number. Leave the number empty to sell a new card.</source>
        <translation>Skann kortet eller skriv inn nummeret. La nummeret stå tomt for å selge et nytt kort.</translation>
    </message>
    <message>
        <source>Gift card number</source>
        <translation>Gavekortnummer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>Kort&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Beløp</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Sell / top up, cash</source>
        <translation>Selg / fyll på, kontant</translation>
    </message>
    <message>
        <source>Sell / top up, card</source>
        <translation>Selg / fyll på, kort</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Pay part of this sale</source>
        <translation>Betal en del av salget</translation>
    </message>
    <message>
        <source>Selling a card: finish or void the sale first; the card has a slip of its own.</source>
        <translation>Selge et kort: fullfør eller annuller salget først; kortet har sin egen lapp.</translation>
    </message>
    <message>
        <source>Money taken for a card is also keyed into the shop&apos;s register.</source>
        <translation>Penger tatt imot for et kort slås også inn på butikkens kasseapparat.</translation>
    </message>
    <message>
        <source>{card}: {amount} on the card</source>
        <translation>{card}: {amount} på kortet</translation>
    </message>
    <message>
        <source>Type the amount to put on the card.</source>
        <translation>Skriv inn beløpet som skal på kortet.</translation>
    </message>
    <message>
        <source>Nothing left on this card to pay with.</source>
        <translation>Ingenting igjen på kortet å betale med.</translation>
    </message>
    <message>
        <source>The card can pay at most the amount due, {due}.</source>
        <translation>Kortet kan betale høyst beløpet som skal betales, {due}.</translation>
    </message>
    <message>
        <source>The card holds only {amount}.</source>
        <translation>Kortet har bare {amount}.</translation>
    </message>
</context>
<context>
    <name>GiftCardVoidDialog</name>
    <message>
        <source>Look up or void a gift card</source>
        <translation>Slå opp eller annuller et gavekort</translation>
    </message>
    <message>
        <source>Scan the card or type its number and press Enter: its balance and history show. To void it, type why and press Enter again: what is left leaves the card, and every till refuses the card afterwards with your reason.</source>
        <translation>Skann kortet eller skriv nummeret og trykk Enter: saldoen og historikken vises. For å annullere det, skriv hvorfor og trykk Enter igjen: det som er igjen, tas av kortet, og hver kasse avviser kortet etterpå med din begrunnelse.</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Slå opp</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>&amp;Kortnummer</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <source>The card&apos;s history</source>
        <translation>Kortets historikk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>e.g. reported lost by its holder, money refunded in cash</source>
        <translation>f.eks. meldt tapt av innehaveren, pengene refundert kontant</translation>
    </message>
    <message>
        <source>&amp;Reason for voiding</source>
        <translation>&amp;Grunn til annullering</translation>
    </message>
    <message>
        <source>Void {amount}</source>
        <translation>Annuller {amount}</translation>
    </message>
    <message>
        <source>A gift card number is GC and 10 digits, as printed on the card.</source>
        <translation>Et gavekortnummer er GC og 10 sifre, slik det står på kortet.</translation>
    </message>
    <message>
        <source>Say why: the till shows the reason when the card is used.</source>
        <translation>Si hvorfor: kassen viser grunnen når kortet brukes.</translation>
    </message>
    <message>
        <source>{card}: voided on {day}. {balance} on it now.</source>
        <translation>{card}: annullert {day}. {balance} på kortet nå.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grunn: {reason}</translation>
    </message>
    <message>
        <source>{card}: {balance} left, sold on {day}. Type why it is voided, then press Enter to void it.</source>
        <translation>{card}: {balance} igjen, solgt {day}. Skriv hvorfor det annulleres, og trykk Enter for å annullere det.</translation>
    </message>
    <message>
        <source>{card}: {balance} on it, nothing to void.</source>
        <translation>{card}: {balance} på kortet, ingenting å annullere.</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Topped up</source>
        <translation>Fylt på</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Betalt med</translation>
    </message>
    <message>
        <source>Given back (return)</source>
        <translation>Tilbakeført (retur)</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annullert</translation>
    </message>
</context>
<context>
    <name>GiftCardsTab</name>
    <message>
        <source>Look up or void a gift card</source>
        <translation>Slå opp eller annuller et gavekort</translation>
    </message>
    <message>
        <source>{cards:,} card(s) hold {owed}: what the shop owes their holders now, whatever the range. In the range: {sold:,} card(s) sold, {loaded} put on cards, {paid} paid with them, {voided} voided.</source>
        <translation>{cards:,} kort har {owed}: det butikken skylder innehaverne nå, uansett periode. I perioden: {sold:,} kort solgt, {loaded} satt inn på kort, {paid} betalt med dem, {voided} annullert.</translation>
    </message>
    <message>
        <source>{count:,} card(s) went below zero when offline tills spent the same money; they are listed first: settle each with its holder.</source>
        <translation>{count:,} kort gikk under null da frakoblede kasser brukte de samme pengene; de står først: gjør opp hvert med innehaveren.</translation>
    </message>
    <message>
        <source>The table lists the first {count:,} cards by number; the totals count all.</source>
        <translation>Tabellen viser de første {count:,} kortene etter nummer; summene teller alle.</translation>
    </message>
    <message>
        <source>Gift card money in the range ({currency})</source>
        <translation>Gavekortpenger i perioden ({currency})</translation>
    </message>
    <message>
        <source>Put on cards</source>
        <translation>Satt inn på kort</translation>
    </message>
    <message>
        <source>Paid with cards</source>
        <translation>Betalt med kort</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annullert</translation>
    </message>
    <message>
        <source>below zero: settle</source>
        <translation>under null: gjør opp</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Put on</source>
        <translation>Satt inn</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Brukt</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Sist brukt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>GivingPage</name>
    <message>
        <source>Charities</source>
        <translation>Veldedige organisasjoner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>give ({currency})</source>
        <translation>gir ({currency})</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbys</translation>
    </message>
    <message>
        <source>Add a charity</source>
        <translation>Legg til organisasjon</translation>
    </message>
    <message>
        <source>&amp;Charities: a row says how many points give how much money. Untick &quot;Offered&quot; to stop offering one; its donations stay in the reports.</source>
        <translation>&amp;Organisasjoner: hver rad sier hvor mange poeng som gir hvor mye penger. Fjern haken ved «Tilbys» for å slutte å tilby en; gavene til den blir stående i rapportene.</translation>
    </message>
    <message>
        <source>Gift cards</source>
        <translation>Gavekort</translation>
    </message>
    <message>
        <source>Sell gift cards and take them as payment</source>
        <translation>Selg gavekort og ta imot dem som betaling</translation>
    </message>
    <message>
        <source>&amp;Sell gift cards and take them as payment</source>
        <translation>&amp;Selg gavekort og ta imot dem som betaling</translation>
    </message>
    <message>
        <source>Most put on a card at once</source>
        <translation>Mest satt inn på et kort om gangen</translation>
    </message>
    <message>
        <source>Most a card pays a day on a till that has not synced</source>
        <translation>Mest et kort betaler per dag i en kasse som ikke har synkronisert</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <source>&amp;Most put on a card at once</source>
        <translation>&amp;Mest satt inn på et kort om gangen</translation>
    </message>
    <message>
        <source>Most a card pays a day on a till that has not &amp;synced (empty: no limit)</source>
        <translation>Mest et kort betaler per dag i en kasse som ikke har &amp;synkronisert (tomt: ingen grense)</translation>
    </message>
    <message>
        <source>The till is not the shop&apos;s register: the money taken for a card is also keyed into the register. A card&apos;s money is paid back to it when a sale it paid is returned.</source>
        <translation>Kassen er ikke butikkens kasseapparat: penger tatt imot for et kort slås også inn på kasseapparatet. Kortets penger betales tilbake til kortet når et salg det betalte returneres.</translation>
    </message>
</context>
<context>
    <name>HoldoutTab</name>
    <message>
        <source>too few members</source>
        <translation>for få medlemmer</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} til {high}</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>ingen tydelig forskjell</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>høyere</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lavere</translation>
    </message>
    <message>
        <source>Each campaign&apos;s control group never got it (a hash of member and campaign, the same on every till). Per member over the campaign&apos;s days, members who could get it against the control group; the difference with its 95 % interval (Welch&apos;s t). An interval that holds 0 means no clear difference.</source>
        <translation>Hver kampanjes kontrollgruppe fikk den aldri (en hash av medlem og kampanje, lik i hver kasse). Per medlem over kampanjens dager, medlemmer som kunne få den mot kontrollgruppen; forskjellen med 95 %-intervall (Welchs t). Et intervall som inneholder 0 betyr ingen tydelig forskjell.</translation>
    </message>
    <message>
        <source>Spend per member ({currency})</source>
        <translation>Forbruk per medlem ({currency})</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskjell</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 %-intervall</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Members&apos; average</source>
        <translation>Medlemmenes snitt</translation>
    </message>
    <message>
        <source>Control average</source>
        <translation>Kontrollgruppens snitt</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>{campaign} · {segment}</source>
        <translation>{campaign} – {segment}</translation>
    </message>
    <message>
        <source>Spend per member</source>
        <translation>Forbruk per medlem</translation>
    </message>
    <message>
        <source>Visits per member</source>
        <translation>Besøk per medlem</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Ctrl+I  Choose…</source>
        <translation>Ctrl+I  Velg …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I  Remove</source>
        <translation>Ctrl+Shift+I  Fjern</translation>
    </message>
    <message>
        <source>Choose the reward&apos;s picture</source>
        <translation>Velg bildet for belønningen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>That file is not a picture this till can read.</source>
        <translation>Den filen er ikke et bilde denne kassen kan lese.</translation>
    </message>
    <message>
        <source>No
picture</source>
        <translation>Uten
bilde</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Products import — problems found</source>
        <translation>Vareimport – problemer funnet</translation>
    </message>
    <message>
        <source>{rows} rows read: {good} good, {bad} with problems (listed below, with the line in the file). Import the good rows now, or cancel, fix the file and import it again.</source>
        <translation>{rows} rader lest: {good} gode, {bad} med problemer (listet nedenfor, med linjen i filen). Importer de gode radene nå, eller avbryt, rett filen og importer den på nytt.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is. Fix it and import it again.</source>
        <translation>Filen kan ikke importeres slik den er. Rett den og importer den på nytt.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>Avbryt – importer ingenting</translation>
    </message>
    <message>
        <source>Import the 1 good row</source>
        <translation>Importer den 1 gode raden</translation>
    </message>
    <message>
        <source>Import the {good} good rows</source>
        <translation>Importer de {good} gode radene</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>{file}: nothing has been imported yet</source>
        <translation>{file}: ingenting er importert ennå</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>The store&apos;s records do not add up; tell a manager. {first}</source>
        <translation>Butikkens registreringer stemmer ikke; si fra til en leder. {first}</translation>
    </message>
    <message>
        <source>(and {count} more; a manager runs &apos;loyalty-pos check&apos;)</source>
        <translation>(og {count} til; en leder kjører &apos;loyalty-pos check&apos;)</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Registering this till with the chain server…</source>
        <translation>Registrerer denne kassen hos kjedeserveren…</translation>
    </message>
    <message>
        <source>Receiving the shop, staff, card keys, program, products and members…</source>
        <translation>Mottar butikken, de ansatte, kortnøklene, programmet, varene og medlemmene…</translation>
    </message>
    <message>
        <source>Checking what arrived…</source>
        <translation>Kontrollerer det som kom…</translation>
    </message>
    <message>
        <source>Saving the shop and its first backup…</source>
        <translation>Lagrer butikken og den første sikkerhetskopien…</translation>
    </message>
    <message>
        <source>e.g. https://chain.example.com</source>
        <translation>f.eks. https://chain.example.com</translation>
    </message>
    <message>
        <source>e.g. 886A-92WT-GXNR</source>
        <translation>f.eks. 886A-92WT-GXNR</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <source>https:// for a server on another machine; http:// only on this one.</source>
        <translation>https:// for en server på en annen maskin; http:// bare på denne.</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Registreringskode</translation>
    </message>
    <message>
        <source>Dashes and case do not matter.</source>
        <translation>Bindestreker og store/små bokstaver spiller ingen rolle.</translation>
    </message>
    <message>
        <source>Type the chain server&apos;s address.</source>
        <translation>Skriv kjedeserverens adresse.</translation>
    </message>
    <message>
        <source>Type the enrolment code head office gave you.</source>
        <translation>Skriv registreringskoden du fikk fra hovedkontoret.</translation>
    </message>
</context>
<context>
    <name>LiabilityTab</name>
    <message>
        <source>{points:,} points open</source>
        <translation>{points:,} åpne poeng</translation>
    </message>
    <message>
        <source>worth {money}</source>
        <translation>verdt {money}</translation>
    </message>
    <message>
        <source>Valued at {basis}, what the shop pays out for them. Liability and expiry are as of now, whatever the date range.</source>
        <translation>Verdsatt til {basis}, det butikken betaler ut for dem. Forpliktelse og utløp gjelder nå, uansett datoperiode.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dager</translation>
    </message>
    <message>
        <source>Points expiring within the next …</source>
        <translation>Poeng som utløper innen de neste …</translation>
    </message>
    <message>
        <source>Points expiring</source>
        <translation>Poeng som utløper</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Åpne poeng</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Expiring within {days} days</source>
        <translation>Utløper innen {days} dager</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Points / value</source>
        <translation>Poeng / verdi</translation>
    </message>
</context>
<context>
    <name>LiabilityTrendTab</name>
    <message>
        <source>Points held at each month&apos;s end (the last: at the range&apos;s end), net of members&apos; debts, valued at today&apos;s {basis}.</source>
        <translation>Poeng holdt ved hvert månedsskifte (det siste: ved periodens slutt), fratrukket medlemmenes gjeld, verdsatt til dagens {basis}.</translation>
    </message>
    <message>
        <source>Points outstanding at month end</source>
        <translation>Utestående poeng ved månedsslutt</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>Utestående poeng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <source>Nothing (a search is enough)</source>
        <translation>Ingenting (et søk er nok)</translation>
    </message>
    <message>
        <source>The last digits of their phone</source>
        <translation>De siste sifrene i telefonnummeret</translation>
    </message>
    <message>
        <source>Their birth date</source>
        <translation>Fødselsdatoen</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> sifre</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <source>Caps (0 = no cap)</source>
        <translation>Tak (0 = uten tak)</translation>
    </message>
    <message>
        <source>Points &amp;redeemed per member a day</source>
        <translation>Poeng innløst per &amp;medlem per dag</translation>
    </message>
    <message>
        <source>Points earned on &amp;this till a day</source>
        <translation>Poeng opptjent på denne &amp;kassen per dag</translation>
    </message>
    <message>
        <source>Points redeemed on this till a &amp;day</source>
        <translation>Poeng innløst på denne kassen per &amp;dag</translation>
    </message>
    <message>
        <source>Points earned on one s&amp;ale</source>
        <translation>Poeng opptjent på ett s&amp;alg</translation>
    </message>
    <message>
        <source>Points redeemed on &amp;one sale</source>
        <translation>Poeng innløst &amp;på ett salg</translation>
    </message>
    <message>
        <source>The daily earning cap per member is on the Earning tab. Member caps count every till&apos;s points this till has received; a till offline sees only its own.</source>
        <translation>Det daglige opptjeningstaket per medlem står på fanen Opptjening. Medlemstak teller poengene fra alle kasser som denne kassen har mottatt; en kasse uten nett ser bare sine egne.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>A points adjustment above this needs a second &amp;manager</source>
        <translation>En poengjustering over dette krever en annen &amp;leder</translation>
    </message>
    <message>
        <source>A member found by search (not by card) must pro&amp;ve, before spending points</source>
        <translation>Et medlem funnet ved søk (ikke med kort) må &amp;bevise hvem det er før poeng brukes</translation>
    </message>
    <message>
        <source>Phone digits as&amp;ked</source>
        <translation>Antall &amp;sifre som spørres om</translation>
    </message>
    <message>
        <source>Unusual activity (0 = not watched)</source>
        <translation>Uvanlig aktivitet (0 = ikke overvåket)</translation>
    </message>
    <message>
        <source>Counted &amp;within</source>
        <translation>&amp;Telles innenfor</translation>
    </message>
    <message>
        <source>Redemptions by one mem&amp;ber</source>
        <translation>Innløsninger av ett medl&amp;em</translation>
    </message>
    <message>
        <source>Redemptions rung up by one &amp;cashier</source>
        <translation>Innløsninger slått inn av én kasse&amp;rer</translation>
    </message>
    <message>
        <source>Different members looked &amp;up by one cashier</source>
        <translation>Ulike medlemmer slått opp av é&amp;n kasserer</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Uten tak</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poeng</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Ikke overvåket</translation>
    </message>
</context>
<context>
    <name>LocalNamesField</name>
    <message>
        <source>Name in {language}</source>
        <translation>Navn på {language}</translation>
    </message>
    <message>
        <source>Description in {language}</source>
        <translation>Beskrivelse på {language}</translation>
    </message>
    <message>
        <source>Names in other languages</source>
        <translation>Navn på andre språk</translation>
    </message>
    <message>
        <source>Names in other languages ({count})</source>
        <translation>Navn på andre språk ({count})</translation>
    </message>
    <message>
        <source>as the name above</source>
        <translation>som navnet over</translation>
    </message>
    <message>
        <source>as the description above</source>
        <translation>som beskrivelsen over</translation>
    </message>
</context>
<context>
    <name>LogoPage</name>
    <message>
        <source>a PNG file, e.g. /home/siti/logo.png</source>
        <translation>en PNG-fil, f.eks. /home/siti/logo.png</translation>
    </message>
    <message>
        <source>Logo file (optional)</source>
        <translation>Logofil (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>&amp;Logo (optional)</source>
        <translation>&amp;Logo (valgfritt)</translation>
    </message>
    <message>
        <source>Scaled to the member card&apos;s logo box (9 mm).</source>
        <translation>Skaleres til logofeltet på medlemskortet (9 mm).</translation>
    </message>
    <message>
        <source>leave empty for PDF files</source>
        <translation>la stå tomt for PDF-filer</translation>
    </message>
    <message>
        <source>&amp;Receipt printer (optional)</source>
        <translation>&amp;Kvitteringsskriver (valgfritt)</translation>
    </message>
    <message>
        <source>e.g. escpos-network:192.168.1.50, escpos-usb:04b8:0e15, system:Receipt printer</source>
        <translation>f.eks. escpos-network:192.168.1.50, escpos-usb:04b8:0e15, system:Kvitteringsskriver</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Velg butikkens logo</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Till — terminal {terminal}</source>
        <translation>Kasse – terminal {terminal}</translation>
    </message>
    <message>
        <source>Terminal {terminal}</source>
        <translation>Terminal {terminal}</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;Kasse</translation>
    </message>
    <message>
        <source>&amp;Lock till</source>
        <translation>&amp;Lås kassen</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Logg &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Reprint a receipt…</source>
        <translation>Skriv ut en kvittering på &amp;nytt …</translation>
    </message>
    <message>
        <source>&amp;Training mode</source>
        <translation>&amp;Øvingsmodus</translation>
    </message>
    <message>
        <source>&amp;Back office… (manager)</source>
        <translation>&amp;Administrasjon … (leder)</translation>
    </message>
    <message>
        <source>Print member &amp;cards… (manager)</source>
        <translation>Skriv ut medlems&amp;kort … (leder)</translation>
    </message>
    <message>
        <source>Re&amp;ports… (manager)</source>
        <translation>Ra&amp;pporter … (leder)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Customer display</source>
        <translation>&amp;Kundeskjerm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About loyalty-pos…</source>
        <translation>&amp;Om loyalty-pos …</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget inn</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>leder</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasserer</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Logget inn: {user} ({role})</translation>
    </message>
    <message>
        <source>A sale started by {users} is parked: it comes back when they sign in.</source>
        <translation>Et salg startet av {users} er parkert: det kommer tilbake når de logger inn.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeider …</translation>
    </message>
    <message>
        <source>Finish the sale, or void it with F12, before signing out.</source>
        <translation>Fullfør salget, eller annuller det med F12, før du logger ut.</translation>
    </message>
    <message>
        <source>{user} signed out.</source>
        <translation>{user} er logget ut.</translation>
    </message>
    <message>
        <source>the back office</source>
        <translation>administrasjonen</translation>
    </message>
    <message>
        <source>Scan not used: close the open window (Esc) first, then scan again.</source>
        <translation>Skanningen ble ikke brukt: lukk det åpne vinduet (Esc) først, og skann igjen.</translation>
    </message>
    <message>
        <source>Please sign in before scanning.</source>
        <translation>Logg inn før du skanner.</translation>
    </message>
    <message>
        <source>Scan not used: the till locked before it was read. Sign in and scan again.</source>
        <translation>Skanningen ble ikke brukt: kassen ble låst før den ble lest. Logg inn og skann igjen.</translation>
    </message>
    <message>
        <source>Scan refused.</source>
        <translation>Skanningen ble avvist.</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>e.g. Siti Rahayu</source>
        <translation>f.eks. Siti Rahayu</translation>
    </message>
    <message>
        <source>typed at sign-in</source>
        <translation>skrives ved innlogging</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 til 12 sifre</translation>
    </message>
    <message>
        <source>the same PIN</source>
        <translation>samme PIN</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Navnet ditt</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <source>Letters, digits, dots or underscores.</source>
        <translation>Bokstaver, sifre, punktum eller understrek.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Not one digit repeated (0000) and not a row like 1234 or 9876.</source>
        <translation>Ikke ett siffer gjentatt (0000) og ikke en rekke som 1234 eller 9876.</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN &amp;igjen</translation>
    </message>
</context>
<context>
    <name>MemberActionDialog</name>
    <message>
        <source>Member action</source>
        <translation>Medlemshandling</translation>
    </message>
    <message>
        <source>What did {name} do?</source>
        <translation>Hva gjorde {name}?</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>No action campaign is running for this member. A manager adds them in the back office under Campaigns.</source>
        <translation>Ingen handlingskampanje gjelder for dette medlemmet nå. En leder legger dem til i administrasjonen under Kampanjer.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Give the points</source>
        <translation>Gi poengene</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>+{points} points</source>
        <translation>+{points} poeng</translation>
    </message>
    <message>
        <source>{left} of {limit} left</source>
        <translation>{left} av {limit} igjen</translation>
    </message>
    <message>
        <source>{left} of {limit} left today</source>
        <translation>{left} av {limit} igjen i dag</translation>
    </message>
    <message>
        <source>{left} of {limit} left this week</source>
        <translation>{left} av {limit} igjen denne uken</translation>
    </message>
    <message>
        <source>{left} of {limit} left this month</source>
        <translation>{left} av {limit} igjen denne måneden</translation>
    </message>
    <message>
        <source>{left} of {limit} left this year</source>
        <translation>{left} av {limit} igjen i år</translation>
    </message>
</context>
<context>
    <name>MemberActionsTab</name>
    <message>
        <source>Referrals: {made:,} made, {converted:,} converted by a first purchase.</source>
        <translation>Vervinger: {made:,} gjort, {converted:,} fullført med et første kjøp.</translation>
    </message>
    <message>
        <source>Welcome back: {taken:,} taken; {away:,} member(s) away {days:,}+ days get it at their next visit.</source>
        <translation>Velkommen tilbake: {taken:,} brukt; {away:,} medlem(mer) borte i {days:,}+ dager får det ved neste besøk.</translation>
    </message>
    <message>
        <source>Points given per action</source>
        <translation>Poeng gitt per handling</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
</context>
<context>
    <name>MemberArea</name>
    <message>
        <source>F2  Member: phone, name or email</source>
        <translation>F2  Medlem: telefon, navn eller e-post</translation>
    </message>
</context>
<context>
    <name>MemberHeader</name>
    <message>
        <source>Find a member, or scan their card.</source>
        <translation>Finn et medlem, eller skann kortet.</translation>
    </message>
    <message>
        <source>{points:,} points</source>
        <translation>{points:,} poeng</translation>
    </message>
    <message>
        <source>{points:,} points expire on {day}</source>
        <translation>{points:,} poeng utløper {day}</translation>
    </message>
    <message>
        <source>no points expire in the next 60 days</source>
        <translation>ingen poeng utløper de neste 60 dagene</translation>
    </message>
    <message>
        <source>merged into {member}</source>
        <translation>slått sammen med {member}</translation>
    </message>
    <message>
        <source>merged from {members} (their sales stay on those records)</source>
        <translation>slått sammen fra {members} (salgene deres blir stående på de registreringene)</translation>
    </message>
</context>
<context>
    <name>MemberPanelWidget</name>
    <message>
        <source>No member on this sale.
Scan a card, or press F2 to find a member.</source>
        <translation>Ingen medlem på dette salget.
Skann et kort, eller trykk F2 for å finne et medlem.</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Poengsaldo</translation>
    </message>
    <message>
        <source>Rewards now</source>
        <translation>Belønninger nå</translation>
    </message>
    <message>
        <source>{points} points expire {date}</source>
        <translation>{points} poeng utløper {date}</translation>
    </message>
    <message>
        <source>Enough points for every reward.</source>
        <translation>Nok til alle belønninger.</translation>
    </message>
    <message>
        <source>Next reward: {name}</source>
        <translation>Neste belønning: {name}</translation>
    </message>
    <message>
        <source>{have} / {cost} pts — {needed} to go</source>
        <translation>{have} / {cost} p – {needed} igjen</translation>
    </message>
    <message>
        <source>Top tier: {tier}</source>
        <translation>Øverste nivå: {tier}</translation>
    </message>
    <message>
        <source>Highest tier reached</source>
        <translation>Høyeste nivå nådd</translation>
    </message>
    <message>
        <source>spend {amount} more</source>
        <translation>handle for {amount} til</translation>
    </message>
    <message>
        <source>{points} more points</source>
        <translation>{points} poeng til</translation>
    </message>
    <message>
        <source>Next tier: {tier}</source>
        <translation>Neste nivå: {tier}</translation>
    </message>
    <message>
        <source>Campaign for segment &apos;{segment}&apos;: {campaign}</source>
        <translation>Kampanje for målgruppen «{segment}»: {campaign}</translation>
    </message>
</context>
<context>
    <name>MemberPricesPage</name>
    <message>
        <source>Applies to</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% avslag</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Early: tier</source>
        <translation>Tidlig: nivå</translation>
    </message>
    <message>
        <source>Early: until</source>
        <translation>Tidlig: til</translation>
    </message>
    <message>
        <source>&amp;Add a product with a member price</source>
        <translation>&amp;Legg til en vare med medlemspris</translation>
    </message>
    <message>
        <source>Member price &amp;rows</source>
        <translation>&amp;Rader med medlemspris</translation>
    </message>
    <message>
        <source>Type a member price or a % off on a row (one of them); “Tier” empty means every member. Early access: only that tier and up may buy the product until the day (YYYY-MM-DD). Del removes the row.</source>
        <translation>Skriv en medlemspris eller et % avslag på en rad (ett av dem); tomt «Nivå» betyr alle medlemmer. Tidlig tilgang: bare det nivået og høyere kan kjøpe varen fram til dagen (ÅÅÅÅ-MM-DD). Del fjerner raden.</translation>
    </message>
    <message>
        <source>{what}: a category takes a % off, not a price.</source>
        <translation>{what}: en kategori får % avslag, ikke en pris.</translation>
    </message>
    <message>
        <source>{what}: a member price or a % off, not both.</source>
        <translation>{what}: en medlemspris eller et % avslag, ikke begge.</translation>
    </message>
    <message>
        <source>Member price: {what}</source>
        <translation>Medlemspris: {what}</translation>
    </message>
    <message>
        <source>{what}: early access needs a product, a tier and a day (YYYY-MM-DD).</source>
        <translation>{what}: tidlig tilgang trenger en vare, et nivå og en dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
</context>
<context>
    <name>MemberResultsModel</name>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>Name, phone, email or card number</source>
        <translation>Navn, telefon, e-post eller kortnummer</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <source>Find member</source>
        <translation>Finn medlem</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Lagre profilen</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Juster poeng</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>Merge duplicate</source>
        <translation>Slå sammen duplikat</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>Sperr kortet</translation>
    </message>
    <message>
        <source>Re-issue card</source>
        <translation>Utsted nytt kort</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Eksporter data</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>Slett medlemmet</translation>
    </message>
    <message>
        <source>Inactive members</source>
        <translation>Inaktive medlemmer</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
    <message>
        <source>S&amp;tatement, newest first</source>
        <translation>Kon&amp;toutskrift, nyeste først</translation>
    </message>
    <message>
        <source>Pro&amp;file &amp;&amp; cards</source>
        <translation>Pro&amp;fil og kort</translation>
    </message>
    <message>
        <source>C&amp;onsent history</source>
        <translation>Sam&amp;tykkehistorikk</translation>
    </message>
    <message>
        <source>This scan is not a member card.</source>
        <translation>Denne skanningen er ikke et medlemskort.</translation>
    </message>
    <message>
        <source>Nothing to save: the profile is as stored.</source>
        <translation>Ingenting å lagre: profilen er som lagret.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profilen er lagret.</translation>
    </message>
    <message>
        <source>Points adjusted: the member now has {points:,}.</source>
        <translation>Poengene er justert: medlemmet har nå {points:,}.</translation>
    </message>
    <message>
        <source>Transferred: {giver:,} points left here, {receiver:,} with the receiver.</source>
        <translation>Overført: {giver:,} poeng igjen her, {receiver:,} hos mottakeren.</translation>
    </message>
    <message>
        <source>Merged: {points:,} points and {cards} card(s) moved here; now {balance:,} points.</source>
        <translation>Slått sammen: {points:,} poeng og {cards} kort flyttet hit; nå {balance:,} poeng.</translation>
    </message>
    <message>
        <source>{name} has no working card to block.</source>
        <translation>{name} har ikke noe virkende kort å sperre.</translation>
    </message>
    <message>
        <source>Card {number} blocked.</source>
        <translation>Kort {number} er sperret.</translation>
    </message>
    <message>
        <source>New card {number} issued; the old card no longer works.</source>
        <translation>Nytt kort {number} er utstedt; det gamle kortet virker ikke lenger.</translation>
    </message>
    <message>
        <source>The member&apos;s data was written to {file}.</source>
        <translation>Medlemmets data ble skrevet til {file}.</translation>
    </message>
    <message>
        <source>Member erased: {points:,} points forfeited, {cards} card(s) blocked, {receipts:,} receipt(s) anonymised.</source>
        <translation>Medlemmet er slettet: {points:,} poeng tapt, {cards} kort sperret, {receipts:,} kvittering(er) anonymisert.</translation>
    </message>
    <message>
        <source>This member was already erased: nothing changed.</source>
        <translation>Dette medlemmet var allerede slettet: ingenting endret.</translation>
    </message>
    <message>
        <source>{n:,} inactive member(s) erased; {points:,} points forfeited.</source>
        <translation>{n:,} inaktive medlem(mer) slettet; {points:,} poeng tapt.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>Slå sammen et duplikat med {name}</translation>
    </message>
    <message>
        <source>The duplicate&apos;s points (with their expiry dates) and cards move to {name}, and contact details {name} lacks are copied. The duplicate is closed; its sales stay on its own record. This cannot be undone.</source>
        <translation>Duplikatets poeng (med utløpsdatoene) og kort flyttes til {name}, og kontaktopplysninger {name} mangler, kopieres. Duplikatet lukkes; salgene blir stående på dets egen registrering. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikat</translation>
    </message>
    <message>
        <source>{keep} has {points:,} points and will have {total:,} after the merge. Press Enter to merge, Esc to cancel.</source>
        <translation>{keep} har {points:,} poeng og får {total:,} etter sammenslåingen. Trykk Enter for å slå sammen, Esc for å avbryte.</translation>
    </message>
    <message>
        <source>Find the duplicate first: search, or scan its card.</source>
        <translation>Finn duplikatet først: søk, eller skann kortet.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Note</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>OptionalDayEdit</name>
    <message>
        <source>Any</source>
        <translation>Hvilken som helst</translation>
    </message>
    <message>
        <source>↑↓ change the day; Delete: any day</source>
        <translation>↑↓ endrer dagen; Delete: hvilken som helst dag</translation>
    </message>
</context>
<context>
    <name>OtherMember</name>
    <message>
        <source>Nobody chosen yet: search, or scan their card.</source>
        <translation>Ingen er valgt ennå: søk, eller skann kortet.</translation>
    </message>
    <message>
        <source>This scan is not a member card.</source>
        <translation>Denne skanningen er ikke et medlemskort.</translation>
    </message>
</context>
<context>
    <name>PaidTierDialog</name>
    <message>
        <source>Paid membership</source>
        <translation>Betalt medlemskap</translation>
    </message>
    <message>
        <source>Paid membership for {name}</source>
        <translation>Betalt medlemskap for {name}</translation>
    </message>
    <message>
        <source>Paid memberships on sale</source>
        <translation>Betalte medlemskap til salgs</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Medlemskap</translation>
    </message>
    <message>
        <source>Take the fee on the shop&apos;s register first: this till records the membership and prints its slip, it takes no money.</source>
        <translation>Ta avgiften i butikkens kasseapparat først: denne kassen registrerer medlemskapet og skriver ut lappen, den tar ikke imot penger.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Selg</translation>
    </message>
    <message>
        <source>{name} · {fee} for {months} months</source>
        <translation>{name} · {fee} for {months} måneder</translation>
    </message>
    <message>
        <source>No paid membership is on sale. A manager adds one in the back office (Rules, Paid memberships).</source>
        <translation>Ingen betalte medlemskap er til salgs. En leder legger til ett i administrasjonen (Regler, Betalte medlemskap).</translation>
    </message>
</context>
<context>
    <name>PaidTiersTab</name>
    <message>
        <source>Paid memberships</source>
        <translation>Betalte medlemskap</translation>
    </message>
    <message>
        <source>Sold and their fees in the range (taken on the shop&apos;s register); active and lapsed members as of today.</source>
        <translation>Solgt og avgiftene i perioden (tatt i butikkens kasseapparat); aktive og utløpte medlemmer per i dag.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Inntekt</translation>
    </message>
</context>
<context>
    <name>PriceRulesTab</name>
    <message>
        <source>Volume</source>
        <translation>Kvantum</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>Medlemspris</translation>
    </message>
    <message>
        <source>Money taken off by member prices and volume steps, and the bonus points volume steps gave, on the range&apos;s sales as their receipts show them: {money} and {points:,} points in all. Returns are not netted.</source>
        <translation>Beløp trukket fra med medlemspriser og kvantumstrinn, og bonuspoengene kvantumstrinnene ga, på periodens salg slik kvitteringene viser dem: {money} og {points:,} poeng i alt. Returer er ikke trukket fra.</translation>
    </message>
    <message>
        <source>Money off per rule ({currency})</source>
        <translation>Avslag per regel ({currency})</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Bonuspoeng</translation>
    </message>
</context>
<context>
    <name>PriceRulesTable</name>
    <message>
        <source>Code, barcode or name — Enter adds the product</source>
        <translation>Kode, strekkode eller navn — Enter legger til varen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Add cate&amp;gory</source>
        <translation>Legg til kate&amp;gori</translation>
    </message>
    <message>
        <source>(no longer in the catalog)</source>
        <translation>(ikke lenger i katalogen)</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Kategori: {category}</translation>
    </message>
    <message>
        <source>{what}: an amount such as 35.00.</source>
        <translation>{what}: et beløp som 35,00.</translation>
    </message>
    <message>
        <source>{what}: a whole number from 0 to {maximum}.</source>
        <translation>{what}: et heltall fra 0 til {maximum}.</translation>
    </message>
    <message>
        <source>{what}: one of the tiers {tiers}, or empty.</source>
        <translation>{what}: ett av nivåene {tiers}, eller tomt.</translation>
    </message>
</context>
<context>
    <name>PrizesDialog</name>
    <message>
        <source>Partner codes and giveaway draws</source>
        <translation>Partnerkoder og trekninger</translation>
    </message>
    <message>
        <source>Partner vouchers</source>
        <translation>Partnerkuponger</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belønning</translation>
    </message>
    <message>
        <source>Partner&apos;s offer</source>
        <translation>Partnerens tilbud</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Delt ut</translation>
    </message>
    <message>
        <source>Codes left</source>
        <translation>Koder igjen</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file, one code a line</source>
        <translation>Stien til en .csv- eller .txt-fil, én kode per linje</translation>
    </message>
    <message>
        <source>&amp;Import codes</source>
        <translation>&amp;Importer koder</translation>
    </message>
    <message>
        <source>&amp;Reward</source>
        <translation>&amp;Belønning</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Codes are this till&apos;s own: give each till its own file, so two tills never hand out the same code. A returned sale keeps its code.</source>
        <translation>Kodene tilhører denne kassen: gi hver kasse sin egen fil, så deler to kasser aldri ut samme kode. Et salg som returneres, beholder koden sin.</translation>
    </message>
    <message>
        <source>Giveaways</source>
        <translation>Trekninger</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Trekning</translation>
    </message>
    <message>
        <source>Entries close</source>
        <translation>Påmelding stenger</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Lodd</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frø</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Vinnere</translation>
    </message>
    <message>
        <source>&amp;Commit seed</source>
        <translation>&amp;Lås frø</translation>
    </message>
    <message>
        <source>&amp;Draw winners</source>
        <translation>&amp;Trekk vinnere</translation>
    </message>
    <message>
        <source>&amp;Verify draw</source>
        <translation>&amp;Kontroller trekningen</translation>
    </message>
    <message>
        <source>&amp;Giveaway</source>
        <translation>&amp;Utlodning</translation>
    </message>
    <message>
        <source>Commit the seed before entries close: only its fingerprint is shown until the draw. After the draw the seed is shown, and anyone can recompute the winners from it and the entries (loyalty-pos giveaway verify).</source>
        <translation>Lås frøet før påmeldingen stenger: bare fingeravtrykket vises fram til trekningen. Etter trekningen vises frøet, og hvem som helst kan regne ut vinnerne på nytt fra det og loddene (loyalty-pos giveaway verify).</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Lukk (Esc)</translation>
    </message>
    <message>
        <source>not committed</source>
        <translation>ikke låst</translation>
    </message>
    <message>
        <source>fingerprint {digest}</source>
        <translation>fingeravtrykk {digest}</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>ikke trukket</translation>
    </message>
    <message>
        <source>Choose the reward and type the file&apos;s path.</source>
        <translation>Velg belønningen og skriv stien til filen.</translation>
    </message>
    <message>
        <source>{added:,} codes added, {duplicates:,} already there; {left:,} left to hand out.</source>
        <translation>{added:,} koder lagt til, {duplicates:,} fantes fra før; {left:,} igjen å dele ut.</translation>
    </message>
    <message>
        <source>Seed committed. Its fingerprint is in the audit log: {digest}</source>
        <translation>Frøet er låst. Fingeravtrykket står i revisjonsloggen: {digest}</translation>
    </message>
    <message>
        <source>{count} winner(s) drawn; they are listed in the table.</source>
        <translation>{count} vinner(e) trukket; de står i tabellen.</translation>
    </message>
    <message>
        <source>Verified: the seed matches its fingerprint and the entries give the same winners.</source>
        <translation>Kontrollert: frøet stemmer med fingeravtrykket, og loddene gir de samme vinnerne.</translation>
    </message>
    <message>
        <source>NOT verified: the seed or the entries have changed since the draw. Tell head office.</source>
        <translation>IKKE kontrollert: frøet eller loddene er endret etter trekningen. Si fra til hovedkontoret.</translation>
    </message>
</context>
<context>
    <name>PrizesTab</name>
    <message>
        <source>Partner codes handed out</source>
        <translation>Partnerkoder delt ut</translation>
    </message>
    <message>
        <source>Partner codes left</source>
        <translation>Partnerkoder igjen</translation>
    </message>
    <message>
        <source>Giveaway entries</source>
        <translation>Lodd i trekning</translation>
    </message>
    <message>
        <source>Giveaway winner</source>
        <translation>Vinner av trekning</translation>
    </message>
    <message>
        <source>Instant wins</source>
        <translation>Øyeblikkelige gevinster</translation>
    </message>
    <message>
        <source>Mystery draws</source>
        <translation>Mysterietrekninger</translation>
    </message>
    <message>
        <source>Instant wins and mystery draws in the range; partner codes and giveaways as they stand now. A giveaway&apos;s seed shows as its fingerprint until the draw.</source>
        <translation>Øyeblikkelige gevinster og mysterietrekninger i perioden; partnerkoder og trekninger slik de står nå. Frøet til en trekning vises som fingeravtrykket fram til trekningen.</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Count or place</source>
        <translation>Antall eller plass</translation>
    </message>
    <message>
        <source>Reward or campaign</source>
        <translation>Belønning eller kampanje</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Frø</translation>
    </message>
</context>
<context>
    <name>ProductEntry</name>
    <message>
        <source>F3  Product code, barcode or name — Enter adds</source>
        <translation>F3  Varekode, strekkode eller navn – Enter legger til</translation>
    </message>
    <message>
        <source>No products match. Looking for a member? Press F2.</source>
        <translation>Ingen varer passer. Ser du etter et medlem? Trykk F2.</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>optional — scan or type</source>
        <translation>valgfritt – skann eller skriv</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>f.eks. 25</translation>
    </message>
    <message>
        <source>&amp;Active: on sale</source>
        <translation>&amp;Aktiv: i salg</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Strekkode</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegori</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Pris</translation>
    </message>
    <message>
        <source>Ta&amp;x rate %</source>
        <translation>&amp;Mva-sats %</translation>
    </message>
    <message>
        <source>in {currency}, e.g. {example}</source>
        <translation>i {currency}, f.eks. {example}</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Ny vare</translation>
    </message>
    <message>
        <source>Fill in the fields, then Ctrl+S (or Enter) saves.</source>
        <translation>Fyll ut feltene; Ctrl+S (eller Enter) lagrer.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Rediger {name}</translation>
    </message>
    <message>
        <source>Code {code}. Enter or Ctrl+S saves the changes.</source>
        <translation>Kode {code}. Enter eller Ctrl+S lagrer endringene.</translation>
    </message>
    <message>
        <source>Inactive: the till does not sell it. Tick Active and save to sell it again.</source>
        <translation>Inaktiv: kassen selger den ikke. Kryss av for Aktiv og lagre for å selge den igjen.</translation>
    </message>
    <message>
        <source>Type the tax rate in %, 0 when there is none.</source>
        <translation>Skriv mva-satsen i %, 0 når det ikke er noen.</translation>
    </message>
    <message>
        <source>Type the price in {currency}.</source>
        <translation>Skriv prisen i {currency}.</translation>
    </message>
    <message>
        <source>{problem} Type it like {example}.</source>
        <translation>{problem} Skriv det som {example}.</translation>
    </message>
    <message>
        <source>Reads as {amount}</source>
        <translation>Leses som {amount}</translation>
    </message>
    <message>
        <source>New category: added when you save.</source>
        <translation>Ny kategori: legges til når du lagrer.</translation>
    </message>
</context>
<context>
    <name>ProductResultsModel</name>
    <message>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
</context>
<context>
    <name>ProductRulesPage</name>
    <message>
        <source>Code, barcode or name — Enter adds the product</source>
        <translation>Kode, strekkode eller navn – Enter legger til varen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplikator</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>Gir poeng</translation>
    </message>
    <message>
        <source>Type a new multiplier on a row (100 % = the base rate, 0 % = no points); Space switches “Earns”; Del removes the row.</source>
        <translation>Skriv en ny multiplikator på en rad (100 % = grunnsatsen, 0 % = ingen poeng); mellomrom slår «Gir poeng» av og på; Del fjerner raden.</translation>
    </message>
    <message>
        <source>&amp;Add a product with its own rule</source>
        <translation>&amp;Legg til en vare med egen regel</translation>
    </message>
    <message>
        <source>Products with their own &amp;rule</source>
        <translation>Varer med egen &amp;regel</translation>
    </message>
    <message>
        <source>(no longer in the catalog)</source>
        <translation>(ikke lenger i katalogen)</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>gir poeng</translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message>
        <source>Products and categories</source>
        <translation>Varer og kategorier</translation>
    </message>
    <message>
        <source>Ctrl+F  Search code, name or barcode</source>
        <translation>Ctrl+F  Søk etter kode, navn eller strekkode</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Categories  Ctrl+K</source>
        <translation>Kategorier  Ctrl+K</translation>
    </message>
    <message>
        <source>Register sales</source>
        <translation>Kassesalg</translation>
    </message>
    <message>
        <source>No products yet: Ctrl+N adds one, Ctrl+I imports a CSV file.</source>
        <translation>Ingen varer ennå: Ctrl+N legger til en, Ctrl+I importerer en CSV-fil.</translation>
    </message>
    <message>
        <source>Saved {name} ({code}).</source>
        <translation>Lagret {name} ({code}).</translation>
    </message>
    <message>
        <source>Pick an active product in the list first.</source>
        <translation>Velg en aktiv vare i listen først.</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved: save them (Ctrl+S) or pick it again in the list to drop them, then deactivate it.</source>
        <translation>{name} har endringer som ikke er lagret: lagre dem (Ctrl+S) eller velg den på nytt i listen for å forkaste dem, og deaktiver den så.</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>Deaktivere {name}?</translation>
    </message>
    <message>
        <source>The till stops selling {name} ({code}). It stays in the list, greyed, and can be sold again by ticking Active.</source>
        <translation>Kassen slutter å selge {name} ({code}). Den blir stående grå i listen og kan selges igjen ved å krysse av for Aktiv.</translation>
    </message>
    <message>
        <source>{name} is no longer sold.</source>
        <translation>{name} selges ikke lenger.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Forkaste endringene?</translation>
    </message>
    <message>
        <source>The product being edited has changes that are not saved.</source>
        <translation>Varen du redigerer, har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Forkast endringene</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>mobile number</source>
        <translation>mobilnummer</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@eksempel.no</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Marketing offers</source>
        <translation>Markedsføringstilbud</translation>
    </message>
    <message>
        <source>Data processing (required)</source>
        <translation>Databehandling (påkrevd)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <source>Birt&amp;hday</source>
        <translation>Fødsels&amp;dag</translation>
    </message>
    <message>
        <source>asked by the member</source>
        <translation>etter ønske fra medlemmet</translation>
    </message>
    <message>
        <source>changed by the shop</source>
        <translation>endret av butikken</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>the till&apos;s language</source>
        <translation>kassens språk</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Kvitteringsspråk</translation>
    </message>
    <message>
        <source>Rec&amp;eipts in</source>
        <translation>Kvi&amp;tteringer på</translation>
    </message>
    <message>
        <source>A change is</source>
        <translation>En endring er</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <source>Type the birthday as YYYY-MM-DD (or DD.MM.YYYY).</source>
        <translation>Skriv fødselsdagen som ÅÅÅÅ-MM-DD (eller DD.MM.ÅÅÅÅ).</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>&amp;Simple points</source>
        <translation>&amp;Enkle poeng</translation>
    </message>
    <message>
        <source>Points and &amp;tiers</source>
        <translation>Poeng og &amp;nivåer</translation>
    </message>
    <message>
        <source>Stamp &amp;card: &quot;buy 9, the 10th free&quot;</source>
        <translation>Stempel&amp;kort: «kjøp 9, den 10. gratis»</translation>
    </message>
    <message>
        <source>e.g. Coffee</source>
        <translation>f.eks. Kaffe</translation>
    </message>
    <message>
        <source>&amp;Item that earns a stamp</source>
        <translation>&amp;Vare som gir et stempel</translation>
    </message>
    <message>
        <source>Its &amp;price</source>
        <translation>&amp;Prisen</translation>
    </message>
    <message>
        <source>1 point for every {unit} spent; 100 points take {reward} off a basket. Points expire 12 months after they were earned.</source>
        <translation>1 poeng for hver {unit} handlet for; 100 poeng gir {reward} i avslag på en handel. Poeng utløper 12 måneder etter at de er opptjent.</translation>
    </message>
    <message>
        <source>The same points, plus Silver (25 % more points) and Gold (50 % more) for members whose spend over 12 months reaches {silver} or {gold}.</source>
        <translation>De samme poengene, pluss Sølv (25 % flere poeng) og Gull (50 % flere) for medlemmer som handler for {silver} eller {gold} i løpet av 12 måneder.</translation>
    </message>
    <message>
        <source>A stamp for each item bought; {stamps} stamps make the next one free. The item is filed under &quot;{stamp_category}&quot;; file products that earn no stamps under &quot;{other}&quot;.</source>
        <translation>Ett stempel for hver vare som kjøpes; {stamps} stempler gir den neste gratis. Varen legges under «{stamp_category}»; legg varer som ikke gir stempler, under «{other}».</translation>
    </message>
    <message>
        <source>in {currency}, e.g. {example}</source>
        <translation>i {currency}, f.eks. {example}</translation>
    </message>
</context>
<context>
    <name>PublishSection</name>
    <message>
        <source>Esc  Cancel</source>
        <translation>Esc  Avbryt</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Opptjening</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Utløp</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Belønninger</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Simulate &amp; publish</source>
        <translation>Simuler og publiser</translation>
    </message>
    <message>
        <source>What &amp;changes when the draft is published</source>
        <translation>Hva som &amp;endres når utkastet publiseres</translation>
    </message>
    <message>
        <source>Simulate last {days} days</source>
        <translation>Simuler de siste {days} dagene</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Replays real member sales under the published and the draft rules, side by side. Nothing is saved.</source>
        <translation>Spiller av ekte medlemssalg under de publiserte reglene og utkastet, side om side. Ingenting lagres.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Forkast utkastet</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter
Publish</source>
        <translation>Ctrl+Shift+Enter
Publiser</translation>
    </message>
    <message>
        <source>What-if on real sales:</source>
        <translation>Hva om, på ekte salg:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <source>There is no draft: the till uses version {published}. Edit rules, tiers or rewards to start one.</source>
        <translation>Det finnes ikke noe utkast: kassen bruker versjon {published}. Rediger regler, nivåer eller belønninger for å starte et.</translation>
    </message>
    <message>
        <source>Draft version {draft} is not published yet; the till uses version {published}.</source>
        <translation>Utkastversjon {draft} er ikke publisert ennå; kassen bruker versjon {published}.</translation>
    </message>
    <message>
        <source>The draft is the same as the published version.</source>
        <translation>Utkastet er likt den publiserte versjonen.</translation>
    </message>
    <message>
        <source>Replaying the last {days} days…</source>
        <translation>Spiller av de siste {days} dagene …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <source>Replayed {sales} sales…</source>
        <translation>{sales} salg spilt av …</translation>
    </message>
    <message>
        <source>{sales} member sales of {members} members, {start} to {end}. A point is valued at {value} point(s).</source>
        <translation>{sales} medlemssalg fra {members} medlemmer, {start} til {end}. Et poeng verdsettes til {value} poeng.</translation>
    </message>
    <message>
        <source>Simulation cancelled; nothing was changed.</source>
        <translation>Simuleringen er avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The draft changed: simulate again to see its effect.</source>
        <translation>Utkastet er endret: simuler igjen for å se virkningen.</translation>
    </message>
    <message>
        <source>Publish version {version}</source>
        <translation>Publiser versjon {version}</translation>
    </message>
    <message>
        <source>Publish draft version {version} ({count} change(s))?

The till prices with it from its next sale; version {published} is retired.</source>
        <translation>Publisere utkastversjon {version} ({count} endring(er))?

Kassen priser med den fra neste salg; versjon {published} pensjoneres.</translation>
    </message>
    <message>
        <source>Enter  Publish version {version}</source>
        <translation>Enter  Publiser versjon {version}</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publiserer …</translation>
    </message>
    <message>
        <source>Version {version} published by {who} at {time}. The till uses it from its next sale.</source>
        <translation>Versjon {version} publisert av {who} kl. {time}. Kassen bruker den fra neste salg.</translation>
    </message>
    <message>
        <source>Discard draft version {version}</source>
        <translation>Forkast utkastversjon {version}</translation>
    </message>
    <message>
        <source>Throw away draft version {version}? Every unpublished edit of rules, tiers and rewards is lost; the till keeps version {published}.</source>
        <translation>Kaste utkastversjon {version}? Alle upubliserte endringer av regler, nivåer og belønninger går tapt; kassen beholder versjon {published}.</translation>
    </message>
    <message>
        <source>Enter  Discard the draft</source>
        <translation>Enter  Forkast utkastet</translation>
    </message>
    <message>
        <source>Draft version {version} discarded; the till is unchanged.</source>
        <translation>Utkastversjon {version} er forkastet; kassen er uendret.</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Enter or Esc: next sale</source>
        <translation>Enter eller Esc: neste salg</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Skriv ut kvittering</translation>
    </message>
    <message>
        <source>Paid {amount} ({tender}) and {card} by gift card · receipt {number}</source>
        <translation>Betalt {amount} ({tender}) og {card} med gavekort · kvittering {number}</translation>
    </message>
    <message>
        <source>TRAINING — not a sale: {amount} ({tender})</source>
        <translation>ØVING – ikke et salg: {amount} ({tender})</translation>
    </message>
    <message>
        <source>Take {amount} on the register · receipt {number}</source>
        <translation>Ta {amount} i kasseapparatet · kvittering {number}</translation>
    </message>
    <message>
        <source>Paid {amount} ({tender}) · receipt {number}</source>
        <translation>Betalt {amount} ({tender}) · kvittering {number}</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Redeem a reward</source>
        <translation>Løs inn en belønning</translation>
    </message>
    <message>
        <source>Redeem for {name}</source>
        <translation>Løs inn for {name}</translation>
    </message>
    <message>
        <source>{points} points available</source>
        <translation>{points} poeng tilgjengelig</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Belønninger</translation>
    </message>
    <message>
        <source>Points to pay with</source>
        <translation>Poeng å betale med</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Løs inn</translation>
    </message>
    <message>
        <source>This member has no rewards to choose from.</source>
        <translation>Dette medlemmet har ingen belønninger å velge mellom.</translation>
    </message>
    <message>
        <source>{name} is not available: {reason}</source>
        <translation>{name} er ikke tilgjengelig: {reason}</translation>
    </message>
    <message>
        <source>{name}: how many points? (at least {minimum}, {available} available)</source>
        <translation>{name}: hvor mange poeng? (minst {minimum}, {available} tilgjengelig)</translation>
    </message>
    <message>
        <source>Enter at least {minimum} points.</source>
        <translation>Skriv inn minst {minimum} poeng.</translation>
    </message>
    <message>
        <source>Only {available} points available; {points} is too many.</source>
        <translation>Bare {available} poeng er tilgjengelig; {points} er for mange.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Prices, points and rewards are counted in it.</source>
        <translation>Priser, poeng og belønninger regnes i den.</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Tidssone</translation>
    </message>
    <message>
        <source>Type part of a city to find it.</source>
        <translation>Skriv en del av et bynavn for å finne det.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>The till speaks this language and writes numbers, amounts and dates its way; each till can choose its own in Settings.</source>
        <translation>Kassen snakker dette språket og skriver tall, beløp og datoer på dets måte; hver kasse kan velge sitt eget i Innstillinger.</translation>
    </message>
</context>
<context>
    <name>ReissueCardDialog</name>
    <message>
        <source>Card {number} stops working at once.</source>
        <translation>Kort {number} slutter å virke med én gang.</translation>
    </message>
    <message>
        <source>The member has no working card now.</source>
        <translation>Medlemmet har ikke noe virkende kort nå.</translation>
    </message>
    <message>
        <source>Re-issue the card of {name}</source>
        <translation>Utsted nytt kort til {name}</translation>
    </message>
    <message>
        <source>Scan a pre-printed card to hand over now, or leave the field empty for a new number to print later.</source>
        <translation>Skann et forhåndstrykt kort som gis ut nå, eller la feltet stå tomt for et nytt nummer som skrives ut senere.</translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation>Utsted nytt</translation>
    </message>
    <message>
        <source>Pre-printed card number (optional)</source>
        <translation>Nummer på forhåndstrykt kort (valgfritt)</translation>
    </message>
    <message>
        <source>New &amp;card</source>
        <translation>Nytt &amp;kort</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Rapporttabell</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Liability and expiry</source>
        <translation>Forpliktelse og utløp</translation>
    </message>
    <message>
        <source>Liability over time</source>
        <translation>Forpliktelse over tid</translation>
    </message>
    <message>
        <source>Issued vs redeemed</source>
        <translation>Gitt mot innløst</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Belønninger</translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation>Nivåfordeling</translation>
    </message>
    <message>
        <source>Tier movements</source>
        <translation>Nivåbevegelser</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>Toppmedlemmer</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Dagsoppgjør</translation>
    </message>
    <message>
        <source>Unusual activity</source>
        <translation>Uvanlig aktivitet</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Medlemshandlinger</translation>
    </message>
    <message>
        <source>Gift cards</source>
        <translation>Gavekort</translation>
    </message>
    <message>
        <source>Charity donations</source>
        <translation>Gaver til veldedighet</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Campaigns vs before</source>
        <translation>Kampanjer mot før</translation>
    </message>
    <message>
        <source>A/B holdout</source>
        <translation>A/B med kontrollgruppe</translation>
    </message>
    <message>
        <source>Price rules</source>
        <translation>Prisregler</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Alt+{n} Last {days} days</source>
        <translation>Alt+{n} Siste {days} dager</translation>
    </message>
    <message>
        <source>Ctrl+E Export CSV</source>
        <translation>Ctrl+E Eksporter CSV</translation>
    </message>
    <message>
        <source>Ctrl+P Export PDF</source>
        <translation>Ctrl+P Eksporter PDF</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Lagre til</translation>
    </message>
    <message>
        <source>The start date must not be after the end date.</source>
        <translation>Startdatoen kan ikke være etter sluttdatoen.</translation>
    </message>
    <message>
        <source>{start} to {end} ({zone} days): {rate} % of the points issued were redeemed, by {members:,} member(s).</source>
        <translation>{start} til {end} ({zone}-dager): {rate} % av poengene som ble gitt, er løst inn, av {members:,} medlem(mer).</translation>
    </message>
    <message>
        <source>Wait for the report to load before exporting.</source>
        <translation>Vent til rapporten er lastet inn før du eksporterer.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Lagret i {path}.</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint a receipt</source>
        <translation>Skriv ut en kvittering på nytt</translation>
    </message>
    <message>
        <source>Scan the barcode at the bottom of the receipt, or type its number (e.g. R01-000123) and press Enter. The copy is marked COPY.</source>
        <translation>Skann strekkoden nederst på kvitteringen, eller skriv nummeret (f.eks. R01-000123) og trykk Enter. Kopien merkes KOPI.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Kvitteringsnummer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Skriv ut på nytt</translation>
    </message>
    <message>
        <source>That was not a receipt: scan the barcode at the bottom of the receipt.</source>
        <translation>Det var ikke en kvittering: skann strekkoden nederst på kvitteringen.</translation>
    </message>
    <message>
        <source>Scan the receipt or type its number.</source>
        <translation>Skann kvitteringen eller skriv nummeret.</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>The old PIN stops working at once; a lock-out is lifted too.</source>
        <translation>Den gamle PIN-koden slutter å virke med én gang; en utestenging oppheves også.</translation>
    </message>
    <message>
        <source>New PIN for {name} ({username})</source>
        <translation>Ny PIN for {name} ({username})</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>loyalty-pos cannot open the shop</source>
        <translation>loyalty-pos kan ikke åpne butikken</translation>
    </message>
    <message>
        <source>The newest backup that passes the check is {backup}, made {made}. Restore it now? Sales made after it are not in it. The damaged file is kept in the backups folder.</source>
        <translation>Den nyeste sikkerhetskopien som består kontrollen, er {backup}, tatt {made}. Gjenopprette den nå? Salg gjort etter den er ikke med. Den skadde filen beholdes i mappen for sikkerhetskopier.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Gjenopprett denne sikkerhetskopien</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Members inactive for years</source>
        <translation>Medlemmer som har vært inaktive i årevis</translation>
    </message>
    <message>
        <source>Members with no purchase and no points activity since the cut-off. Erasing removes their personal data and forfeits their points, as Erase member does for one. Those who shop while this runs are left alone.</source>
        <translation>Medlemmer uten kjøp og uten poengaktivitet siden skjæringsdatoen. Sletting fjerner personopplysningene deres og gjør at poengene går tapt, slik Slett medlemmet gjør for ett. De som handler mens dette kjører, blir latt være.</translation>
    </message>
    <message>
        <source>Erase all listed</source>
        <translation>Slett alle i listen</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Inactive for at &amp;least</source>
        <translation>Inaktiv i &amp;minst</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Vis liste</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Innmeldt</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Siste aktivitet</translation>
    </message>
    <message>
        <source>Type {word} to erase them all</source>
        <translation>Skriv {word} for å slette alle</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Press F5 to list the members inactive that long.</source>
        <translation>Trykk F5 for å liste medlemmene som har vært inaktive så lenge.</translation>
    </message>
    <message>
        <source>No member has been inactive since {day}.</source>
        <translation>Ingen medlemmer har vært inaktive siden {day}.</translation>
    </message>
    <message>
        <source> (the first {n} shown; all are erased)</source>
        <translation> (de første {n} vises; alle slettes)</translation>
    </message>
    <message>
        <source>{n} member(s) inactive since {day}{more}.</source>
        <translation>{n} medlem(mer) inaktive siden {day}{more}.</translation>
    </message>
    <message>
        <source>Type {word} in capitals: erasing cannot be undone.</source>
        <translation>Skriv {word} med store bokstaver: sletting kan ikke angres.</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Solgt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnert</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Returner nå</translation>
    </message>
    <message>
        <source>all returned</source>
        <translation>alt returnert</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPanel</name>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
    <message>
        <source>A refund this large needs a manager&apos;s PIN (asked when you confirm).</source>
        <translation>En så stor refusjon krever lederens PIN (spørres om når du bekrefter).</translation>
    </message>
    <message>
        <source>Choose what comes back to see the refund and the points.</source>
        <translation>Velg hva som kommer tilbake for å se refusjonen og poengene.</translation>
    </message>
    <message>
        <source>{amount} to {tender}</source>
        <translation>{amount} til {tender}</translation>
    </message>
    <message>
        <source>No member on this sale: no points change.</source>
        <translation>Ingen medlem på dette salget: ingen poengendring.</translation>
    </message>
    <message>
        <source>Points taken back: {taken} of {reversed}</source>
        <translation>Poeng tatt tilbake: {taken} av {reversed}</translation>
    </message>
    <message>
        <source>Points taken back: {points}</source>
        <translation>Poeng tatt tilbake: {points}</translation>
    </message>
    <message>
        <source>Points restored: {points}</source>
        <translation>Poeng gitt tilbake: {points}</translation>
    </message>
    <message>
        <source>Balance change: {change}</source>
        <translation>Saldoendring: {change}</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot cover the {reversed} points earned on these items: only {taken} are taken back, and the balance is flagged for a manager.</source>
        <translation>Medlemmets saldo dekker ikke de {reversed} poengene opptjent på disse varene: bare {taken} tas tilbake, og saldoen merkes for en leder.</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot cover the {reversed} points earned on these items: it goes below zero, and is flagged for a manager.</source>
        <translation>Medlemmets saldo dekker ikke de {reversed} poengene opptjent på disse varene: den går under null og merkes for en leder.</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Return items — TRAINING, nothing is saved</source>
        <translation>Retur av varer – ØVING, ingenting lagres</translation>
    </message>
    <message>
        <source>Return items</source>
        <translation>Retur av varer</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Kvittering</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type its number, e.g. R01-000123</source>
        <translation>Skann strekkoden på kvitteringen eller skriv nummeret, f.eks. R01-000123</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Kvitteringsnummer</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Find sale</source>
        <translation>Finn salget</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>Salgets linjer</translation>
    </message>
    <message>
        <source>Type how many of a line come back in its Return column</source>
        <translation>Skriv hvor mange av en linje som kommer tilbake i Retur-kolonnen</translation>
    </message>
    <message>
        <source>↑ ↓ pick a line · type the quantity to return · + / − change it · F7 everything</source>
        <translation>↑ ↓ velg en linje · skriv antallet som returneres · + / − endrer det · F7 alt</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Return everything</source>
        <translation>Returner alt</translation>
    </message>
    <message>
        <source>Enter / F9</source>
        <translation>Enter / F9</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
    <message>
        <source>Saving the return; scan again in a moment.</source>
        <translation>Lagrer returen; skann igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>a member card</source>
        <translation>et medlemskort</translation>
    </message>
    <message>
        <source>a product</source>
        <translation>en vare</translation>
    </message>
    <message>
        <source>That was {what}, not a receipt: scan the barcode at the bottom of the receipt.</source>
        <translation>Det var {what}, ikke en kvittering: skann strekkoden nederst på kvitteringen.</translation>
    </message>
    <message>
        <source>Scan the receipt or type its number.</source>
        <translation>Skann kvitteringen eller skriv nummeret.</translation>
    </message>
    <message>
        <source>Sold {when} by {cashier}</source>
        <translation>Solgt {when} av {cashier}</translation>
    </message>
    <message>
        <source>paid {total} by {tender}</source>
        <translation>betalt {total} med {tender}</translation>
    </message>
    <message>
        <source>member {name}</source>
        <translation>medlem {name}</translation>
    </message>
    <message>
        <source>no member</source>
        <translation>ikke medlem</translation>
    </message>
    <message>
        <source>Everything on receipt {receipt} was already returned.</source>
        <translation>Alt på kvittering {receipt} er allerede returnert.</translation>
    </message>
    <message>
        <source>Choose what comes back: type a quantity on a line (F7 for everything).</source>
        <translation>Velg hva som kommer tilbake: skriv et antall på en linje (F7 for alt).</translation>
    </message>
    <message>
        <source>a refund of {amount}</source>
        <translation>en refusjon på {amount}</translation>
    </message>
</context>
<context>
    <name>RewardFields</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>Optional, shown to the cashier</source>
        <translation>Valgfritt, vises for kassereren</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poeng</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Pris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Prosent avslag</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Search name, code or barcode</source>
        <translation>Søk etter navn, kode eller strekkode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Free items</source>
        <translation>Gratis varer</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kjøp</translation>
    </message>
    <message>
        <source>get</source>
        <translation>få</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> p</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <source>Offered at the till</source>
        <translation>Tilbys i kassen</translation>
    </message>
    <message>
        <source>Untick to retire the reward; tick to offer a retired one again</source>
        <translation>Fjern krysset for å pensjonere belønningen; kryss av for å tilby en pensjonert igjen</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>første dag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>siste dag</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Nivå</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen grense</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Grense</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Telles</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ubegrenset</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Min. basket</source>
        <translation>Min. handel</translation>
    </message>
    <message>
        <source>Del removes the selected product</source>
        <translation>Del fjerner den valgte varen</translation>
    </message>
    <message>
        <source>Add a product it never applies to</source>
        <translation>Legg til en vare den aldri gjelder</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Unntatt</translation>
    </message>
    <message>
        <source>Tick to set the {day}; unticked: no limit</source>
        <translation>Kryss av for å angi {day}; uten kryss: ingen grense</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grense</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreditt</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Min. points</source>
        <translation>Min. poeng</translation>
    </message>
    <message>
        <source>No product chosen yet</source>
        <translation>Ingen vare valgt ennå</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({code})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({code})</translation>
    </message>
</context>
<context>
    <name>RewardForm</name>
    <message>
        <source>Any tier</source>
        <translation>Alle nivåer</translation>
    </message>
    <message>
        <source>The whole basket</source>
        <translation>Hele handlekurven</translation>
    </message>
    <message>
        <source>Type an amount like 50.00.</source>
        <translation>Skriv et beløp som 50.00.</translation>
    </message>
    <message>
        <source>Type each reward as id: weight, separated by commas.</source>
        <translation>Skriv hver belønning som id: vekt, skilt med komma.</translation>
    </message>
</context>
<context>
    <name>RewardKinds</name>
    <message>
        <source>Amount off</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Prosent avslag</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>Gratis vare</translation>
    </message>
    <message>
        <source>Buy X get Y</source>
        <translation>Kjøp X, få Y</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Betal med poeng</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Butikkreditt</translation>
    </message>
    <message>
        <source>Partner voucher</source>
        <translation>Partnerkupong</translation>
    </message>
    <message>
        <source>Giveaway entry</source>
        <translation>Lodd i trekning</translation>
    </message>
    <message>
        <source>Mystery reward</source>
        <translation>Mysteriebelønning</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per uke</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per måned</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per år</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>totalt</translation>
    </message>
</context>
<context>
    <name>RewardPreview</name>
    <message>
        <source>As the cashier sees it</source>
        <translation>Slik kassereren ser det</translation>
    </message>
    <message>
        <source>Sample member&apos;s points</source>
        <translation>Eksempelmedlemmets poeng</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> p</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Medlem</translation>
    </message>
    <message>
        <source>A sample member with a basket the reward applies to</source>
        <translation>Et eksempelmedlem med en handlekurv belønningen gjelder for</translation>
    </message>
    <message>
        <source>Member panel</source>
        <translation>Medlemspanel</translation>
    </message>
    <message>
        <source>Redeem list (F4)</source>
        <translation>Innløsningsliste (F4)</translation>
    </message>
</context>
<context>
    <name>RewardTable</name>
    <message>
        <source>Rewards</source>
        <translation>Belønninger</translation>
    </message>
</context>
<context>
    <name>RewardsModel</name>
    <message>
        <source>Reward</source>
        <translation>Belønning</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Ikke tilgjengelig</translation>
    </message>
    <message>
        <source>from </source>
        <translation>fra </translation>
    </message>
</context>
<context>
    <name>RewardsSection</name>
    <message>
        <source>Saves go to the draft: the till keeps the published rewards until the draft is published ({key}).</source>
        <translation>Lagringer går til utkastet: kassen beholder de publiserte belønningene til utkastet er publisert ({key}).</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New reward</source>
        <translation>Ny belønning</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>Lagre i utkastet</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Pensjoner</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Codes and draws</source>
        <translation>Koder og trekninger</translation>
    </message>
    <message>
        <source>This reward has unsaved changes: Ctrl+S saves them to the draft; do the same again to drop them.</source>
        <translation>Denne belønningen har endringer som ikke er lagret: Ctrl+S lagrer dem i utkastet; gjør det samme igjen for å forkaste dem.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Ikke lagret: rett feltene som er merket med rødt.</translation>
    </message>
    <message>
        <source>“{name}” saved to the draft. Publish the draft ({key}) to offer it at the till.</source>
        <translation>«{name}» er lagret i utkastet. Publiser utkastet ({key}) for å tilby den i kassen.</translation>
    </message>
    <message>
        <source>Choose the reward to retire in the list first.</source>
        <translation>Velg belønningen som skal pensjoneres, i listen først.</translation>
    </message>
    <message>
        <source>“{name}” is already retired; tick “Offered at the till” and save to offer it again.</source>
        <translation>«{name}» er allerede pensjonert; kryss av for «Tilbys i kassen» og lagre for å tilby den igjen.</translation>
    </message>
    <message>
        <source>“{name}” retired in the draft; the till stops offering it once the draft is published.</source>
        <translation>«{name}» er pensjonert i utkastet; kassen slutter å tilby den når utkastet er publisert.</translation>
    </message>
    <message>
        <source>Editing “{name}”</source>
        <translation>Redigerer «{name}»</translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation> · endringer ikke lagret</translation>
    </message>
    <message>
        <source>The preview appears once the form is complete: {problem}</source>
        <translation>Forhåndsvisningen vises når skjemaet er fullstendig: {problem}</translation>
    </message>
</context>
<context>
    <name>RewardsTab</name>
    <message>
        <source>Points redeemed per reward</source>
        <translation>Poeng innløst per belønning</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belønning</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>Innløsninger</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Andel %</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <source>{name}: the multiplier is a whole percent, such as 150.</source>
        <translation>{name}: multiplikatoren er en hel prosent, som 150.</translation>
    </message>
    <message>
        <source>Earning rules &amp; tiers</source>
        <translation>Poengregler og nivåer</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>Lagre i utkastet</translation>
    </message>
    <message>
        <source>Undo unsaved edits</source>
        <translation>Angre endringer som ikke er lagret</translation>
    </message>
    <message>
        <source>Unsaved edits undone.</source>
        <translation>Endringer som ikke var lagret, er angret.</translation>
    </message>
    <message>
        <source>&amp;Earning</source>
        <translation>&amp;Opptjening</translation>
    </message>
    <message>
        <source>&amp;Product rules</source>
        <translation>&amp;Vareregler</translation>
    </message>
    <message>
        <source>T&amp;iers</source>
        <translation>N&amp;ivåer</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>&amp;Utløp</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Grenser</translation>
    </message>
    <message>
        <source>&amp;Gift cards &amp;&amp; charity</source>
        <translation>&amp;Gavekort og veldedighet</translation>
    </message>
    <message>
        <source>C&amp;hallenges &amp;&amp; badges</source>
        <translation>&amp;Utfordringer &amp;&amp; merker</translation>
    </message>
    <message>
        <source>Member pri&amp;ces</source>
        <translation>Medlems&amp;priser</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Kvantum</translation>
    </message>
    <message>
        <source>Editing draft version {draft} (the till uses version {published}). Publish it under Simulate &amp; publish.</source>
        <translation>Redigerer utkastversjon {draft} (kassen bruker versjon {published}). Publiser den under Simuler og publiser.</translation>
    </message>
    <message>
        <source>No draft yet: your first save starts draft version {draft} from the published version {published}.</source>
        <translation>Ikke noe utkast ennå: den første lagringen starter utkastversjon {draft} fra den publiserte versjonen {published}.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Ingen endringer å lagre.</translation>
    </message>
    <message>
        <source>Nothing saved: fix the fields marked in red.</source>
        <translation>Ingenting lagret: rett feltene som er merket med rødt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <source>Saved to draft version {version}. The till still uses the published version until you publish.</source>
        <translation>Lagret i utkastversjon {version}. Kassen bruker den publiserte versjonen til du publiserer.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Welcome back: your parked sale is restored.</source>
        <translation>Velkommen tilbake: det parkerte salget ditt er hentet fram.</translation>
    </message>
    <message>
        <source>{name}&apos;s membership is {status}: no points on this sale.</source>
        <translation>Medlemskapet til {name} er {status}: ingen poeng på dette salget.</translation>
    </message>
    <message>
        <source>Rewards of the previous member were removed.</source>
        <translation>Belønningene til forrige medlem er fjernet.</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Medlem: {name}</translation>
    </message>
    <message>
        <source>{name} is priced in {currency}; it cannot be sold here.</source>
        <translation>{name} er priset i {currency}; den kan ikke selges her.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} er fjernet.</translation>
    </message>
    <message>
        <source>Redeemed: {what}</source>
        <translation>Innløst: {what}</translation>
    </message>
    <message>
        <source>Not sold: {reason}</source>
        <translation>Ikke solgt: {reason}</translation>
    </message>
    <message>
        <source>Not redeemed: {reason}</source>
        <translation>Ikke innløst: {reason}</translation>
    </message>
</context>
<context>
    <name>SalesImportPanel</name>
    <message>
        <source>Sales rung up on your own cash register earn points when their CSV export is imported. Columns: card or phone, amount, date, time (optional), receipt, register and category (optional). Semicolons and decimal commas are fine. A receipt already recorded is skipped; each row earns under the program in force on its date.</source>
        <translation>Salg slått inn på deres eget kasseapparat gir poeng når CSV-eksporten deres importeres. Kolonner: kort eller telefon, beløp, dato, klokkeslett (valgfritt), kvittering, kasse og kategori (valgfritt). Semikolon og desimalkomma går fint. En kvittering som allerede er registrert, hoppes over; hver rad gir poeng etter programmet som gjaldt på datoen.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import register sales…</source>
        <translation>Importer kassesalg …</translation>
    </message>
    <message>
        <source>Import register sales from CSV</source>
        <translation>Importer kassesalg fra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Ingenting ble importert fra {file}.</translation>
    </message>
    <message>
        <source>Register sales imported from {file}: {imported}; refused: {refused}.</source>
        <translation>Kassesalg importert fra {file}: {imported}; avvist: {refused}.</translation>
    </message>
</context>
<context>
    <name>SalesReportDialog</name>
    <message>
        <source>Register sales — imported</source>
        <translation>Kassesalg – importert</translation>
    </message>
    <message>
        <source>Register sales — check</source>
        <translation>Kassesalg – kontroll</translation>
    </message>
    <message>
        <source>{file}: imported</source>
        <translation>{file}: importert</translation>
    </message>
    <message>
        <source>{file}: nothing has been imported yet</source>
        <translation>{file}: ingenting er importert ennå</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <source>to import</source>
        <translation>skal importeres</translation>
    </message>
    <message>
        <source>{accepted} {verb}, {refused} refused (the reason is on each row).</source>
        <translation>{accepted} {verb}, {refused} avvist (grunnen står på hver rad).</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>blir importert</translation>
    </message>
    <message>
        <source>refused: {why}</source>
        <translation>avvist: {why}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel — import nothing</source>
        <translation>Avbryt – importer ingenting</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Import {rows}</source>
        <translation>Importer {rows}</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rad</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} rader</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Ingenting ble skannet.</translation>
    </message>
    <message>
        <source>The scan is too long to be a card, product or receipt code.</source>
        <translation>Skanningen er for lang til å være en kort-, vare- eller kvitteringskode.</translation>
    </message>
    <message>
        <source>The scan contains control characters; check the scanner&apos;s settings and scan again.</source>
        <translation>Skanningen inneholder kontrolltegn; sjekk skannerens innstillinger og skann på nytt.</translation>
    </message>
    <message>
        <source>This is not a member card, product or receipt code.</source>
        <translation>Dette er ikke en medlemskort-, vare- eller kvitteringskode.</translation>
    </message>
    <message>
        <source>The scanner seems to use a different keyboard layout than this computer; set the scanner&apos;s keyboard language to match.</source>
        <translation>Skanneren ser ut til å bruke et annet tastaturoppsett enn denne datamaskinen; still skannerens tastaturspråk likt.</translation>
    </message>
    <message>
        <source>This card&apos;s QR code is damaged or incomplete; scan the barcode or type the card number.</source>
        <translation>QR-koden på dette kortet er skadet eller ufullstendig; skann strekkoden eller skriv inn kortnummeret.</translation>
    </message>
    <message>
        <source>This QR code uses an unknown card format ({format}); scan the barcode or type the card number.</source>
        <translation>Denne QR-koden bruker et ukjent kortformat ({format}); skann strekkoden eller skriv inn kortnummeret.</translation>
    </message>
    <message>
        <source>A card number has digits only.</source>
        <translation>Et kortnummer har bare sifre.</translation>
    </message>
    <message>
        <source>The card number in this QR code contains characters other than digits.</source>
        <translation>Kortnummeret i denne QR-koden inneholder andre tegn enn sifre.</translation>
    </message>
    <message>
        <source>This card&apos;s QR code was not issued by this shop (its signature does not match).</source>
        <translation>QR-koden på dette kortet er ikke utstedt av denne butikken (signaturen stemmer ikke).</translation>
    </message>
    <message>
        <source>A card number has {length} digits; this one has {count}.</source>
        <translation>Et kortnummer har {length} sifre; dette har {count}.</translation>
    </message>
    <message>
        <source>The card number&apos;s check digit is wrong; scan it again or retype it.</source>
        <translation>Kontrollsifferet i kortnummeret er feil; skann det på nytt eller skriv det inn igjen.</translation>
    </message>
    <message>
        <source>No member has this card.</source>
        <translation>Ingen medlemmer har dette kortet.</translation>
    </message>
    <message>
        <source>No sale has this receipt number.</source>
        <translation>Ingen salg har dette kvitteringsnummeret.</translation>
    </message>
    <message>
        <source>No product has the code {value}.</source>
        <translation>Ingen vare har koden {value}.</translation>
    </message>
    <message>
        <source>Card refused: this card is blocked.</source>
        <translation>Kortet ble avvist: dette kortet er sperret.</translation>
    </message>
    <message>
        <source>Card refused: this card was replaced by a newer card.</source>
        <translation>Kortet ble avvist: dette kortet er erstattet av et nyere kort.</translation>
    </message>
    <message>
        <source>Card refused: this member is blocked.</source>
        <translation>Kortet ble avvist: dette medlemmet er sperret.</translation>
    </message>
    <message>
        <source>Card refused: this member&apos;s data was erased.</source>
        <translation>Kortet ble avvist: dataene til dette medlemmet er slettet.</translation>
    </message>
    <message>
        <source>Card refused: this member was merged into another member.</source>
        <translation>Kortet ble avvist: dette medlemmet er slått sammen med et annet medlem.</translation>
    </message>
    <message>
        <source>receipt {value}</source>
        <translation>kvittering {value}</translation>
    </message>
    <message>
        <source>product code {value}</source>
        <translation>varekode {value}</translation>
    </message>
    <message>
        <source>member card {value}</source>
        <translation>medlemskort {value}</translation>
    </message>
    <message>
        <source>gift card {value}</source>
        <translation>gavekort {value}</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter picks · Esc cancels</source>
        <translation>↑↓ velg · Enter velger · Esc avbryter</translation>
    </message>
    <message>
        <source>No matches for “{text}”.</source>
        <translation>Ingen treff på «{text}».</translation>
    </message>
    <message>
        <source>Searching “{text}”…</source>
        <translation>Søker etter «{text}» …</translation>
    </message>
    <message>
        <source>Type at least {n} characters.</source>
        <translation>Skriv minst {n} tegn.</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Groups of members a campaign can be aimed at (For segment). Members are counted today, by the rule the till applies; changes reach the till when the draft is published.</source>
        <translation>Grupper av medlemmer en kampanje kan rettes mot (Målgruppe). Medlemmene telles i dag, etter regelen kassen bruker; endringer når kassen når utkastet publiseres.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Lapsed: no visit in the last N days</source>
        <translation>Falt fra: ikke innom de siste N dagene</translation>
    </message>
    <message>
        <source>Frequent: at least N visits in the last days</source>
        <translation>Hyppig: minst N besøk de siste dagene</translation>
    </message>
    <message>
        <source>Spend: at least an amount in the last days</source>
        <translation>Forbruk: minst et beløp de siste dagene</translation>
    </message>
    <message>
        <source>Tier: members in one tier</source>
        <translation>Nivå: medlemmer på ett nivå</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> besøk</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>N&amp;ivå</translation>
    </message>
    <message>
        <source>&amp;Look back</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Besøk</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>&amp;Forbruk</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Ny målgruppe</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Fjern målgruppen</translation>
    </message>
    <message>
        <source>Save to draft</source>
        <translation>Lagre i utkastet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>{tier} tier</source>
        <translation>Nivå {tier}</translation>
    </message>
    <message>
        <source>{visits} or more visits in {days} days</source>
        <translation>{visits} eller flere besøk på {days} dager</translation>
    </message>
    <message>
        <source>{amount} or more in {days} days</source>
        <translation>{amount} eller mer på {days} dager</translation>
    </message>
    <message>
        <source>No visit in {days} days</source>
        <translation>Ikke innom på {days} dager</translation>
    </message>
    <message>
        <source>{name} saved to the draft.</source>
        <translation>{name} er lagret i utkastet.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Ikke lagret: rett feltene som er merket med rødt.</translation>
    </message>
    <message>
        <source>{name} taken out of the draft.</source>
        <translation>{name} er tatt ut av utkastet.</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>PDF files in a folder</source>
        <translation>PDF-filer i en mappe</translation>
    </message>
    <message>
        <source>A printer installed on this computer</source>
        <translation>En skriver installert på denne datamaskinen</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS) on a device</source>
        <translation>Kvitteringsskriver (ESC/POS) på en enhet</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS) on the network</source>
        <translation>Kvitteringsskriver (ESC/POS) på nettverket</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS) on USB (vendor:product)</source>
        <translation>Kvitteringsskriver (ESC/POS) på USB (leverandør:produkt)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>↑↓ choose a group, Tab to its fields; Ctrl+S saves the group on screen. Every change is checked and written to the audit log.</source>
        <translation>↑↓ velg en gruppe, Tab til feltene; Ctrl+S lagrer gruppen på skjermen. Hver endring kontrolleres og skrives til revisjonsloggen.</translation>
    </message>
    <message>
        <source>Settings groups</source>
        <translation>Innstillingsgrupper</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save this group</source>
        <translation>Lagre denne gruppen</translation>
    </message>
    <message>
        <source>Shop profile</source>
        <translation>Butikkprofil</translation>
    </message>
    <message>
        <source>The name, address and texts printed on every new receipt (receipts already printed keep theirs). At most 4 lines of 64 characters each.</source>
        <translation>Navnet, adressen og tekstene som skrives på hver nye kvittering (kvitteringer som allerede er skrevet ut, beholder sine). Høyst 4 linjer à 64 tegn.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Butikknavn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street, post code and town</source>
        <translation>Gate, postnummer og sted</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Kvitteringstopp</translation>
    </message>
    <message>
        <source>Printed under the address, e.g. the company number</source>
        <translation>Skrives under adressen, f.eks. organisasjonsnummeret</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Kvitteringsbunn</translation>
    </message>
    <message>
        <source>Empty: &quot;Thank you for shopping with us!&quot;</source>
        <translation>Tomt: «Takk for handelen!»</translation>
    </message>
    <message>
        <source>Header…</source>
        <translation>Topptekst…</translation>
    </message>
    <message>
        <source>Footer…</source>
        <translation>Bunntekst…</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Oversettelser</translation>
    </message>
    <message>
        <source>Choose PNG…</source>
        <translation>Velg PNG …</translation>
    </message>
    <message>
        <source>Use the program&apos;s logo</source>
        <translation>Bruk programmets logo</translation>
    </message>
    <message>
        <source>Logo (on cards)</source>
        <translation>Logo (på kort)</translation>
    </message>
    <message>
        <source>{text}: translations</source>
        <translation>{text}: oversettelser</translation>
    </message>
    <message>
        <source>Money and tax</source>
        <translation>Penger og mva.</translation>
    </message>
    <message>
        <source>The currency is the loyalty program&apos;s and every product&apos;s: until the first sale it can change to one with the same decimals (prices and thresholds keep their numbers); after that it is fixed, as every amount stored is in it.</source>
        <translation>Valutaen er lojalitetsprogrammets og hver vares: fram til første salg kan den byttes til en med like mange desimaler (priser og terskler beholder tallene sine); etter det er den fast, siden hvert lagret beløp er i den.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <source>include tax (VAT)</source>
        <translation>inkluderer mva.</translation>
    </message>
    <message>
        <source>are before tax</source>
        <translation>er uten mva.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidssone</translation>
    </message>
    <message>
        <source>Times on screen and on receipts are shown in the shop&apos;s time zone; a change asks first. Numbers, amounts and dates are written as the shop&apos;s language writes them, on every till; each till may speak its own language, and a member&apos;s receipt speaks theirs.</source>
        <translation>Klokkeslett på skjermen og på kvitteringer vises i butikkens tidssone; en endring spør først. Tall, beløp og datoer skrives slik butikkens språk skriver dem, på hver kasse; hver kasse kan snakke sitt eget språk, og et medlems kvittering snakker medlemmets.</translation>
    </message>
    <message>
        <source>Shop language</source>
        <translation>Butikkens språk</translation>
    </message>
    <message>
        <source>This till speaks</source>
        <translation>Denne kassen snakker</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>Butikkens språk</translation>
    </message>
    <message>
        <source>A new language shows the next time the till starts.</source>
        <translation>Et nytt språk vises neste gang kassen starter.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Skrivere</translation>
    </message>
    <message>
        <source>Where receipts print (used from the next receipt) and the paper cards print on. Ctrl+T prints a short test receipt to the output chosen here, saved or not.</source>
        <translation>Hvor kvitteringer skrives ut (brukes fra neste kvittering) og hvor papirkortene skrives ut. Ctrl+T skriver en kort testkvittering til utgangen som er valgt her, lagret eller ikke.</translation>
    </message>
    <message>
        <source>Receipt output</source>
        <translation>Kvitteringsutgang</translation>
    </message>
    <message>
        <source>Folder, printer, device or address</source>
        <translation>Mappe, skriver, enhet eller adresse</translation>
    </message>
    <message>
        <source>Receipt paper width</source>
        <translation>Kvitteringspapirets bredde</translation>
    </message>
    <message>
        <source>Receipts go to</source>
        <translation>Kvitteringer går til</translation>
    </message>
    <message>
        <source>Folder / printer / device</source>
        <translation>Mappe / skriver / enhet</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Kvitteringspapir</translation>
    </message>
    <message>
        <source>Card sheets</source>
        <translation>Kortark</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>The till backs the shop&apos;s data and card key up into this folder once a day (when it starts, then daily) and deletes its own daily backups once older than the days kept. Back up now makes one at once. Restore replaces the shop&apos;s data with a backup (the data and card key it replaces are kept) and needs the till restarted. Backups off this computer are sealed with the passphrase in the data folder&apos;s backup-passphrase file; keep a copy of it away from the till.</source>
        <translation>Kassen tar sikkerhetskopi av butikkens data og kortnøkkel i denne mappen én gang om dagen (ved oppstart, så daglig) og sletter sine egne daglige kopier når de er eldre enn antall dager som beholdes. Ta sikkerhetskopi nå lager én med en gang. Gjenopprett erstatter butikkens data med en sikkerhetskopi (dataene og kortnøkkelen som erstattes, tas vare på) og krever at kassen startes på nytt. Sikkerhetskopier utenfor denne datamaskinen forsegles med passordfrasen i filen backup-passphrase i datamappen; oppbevar en kopi av den borte fra kassen.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Keep daily backups</source>
        <translation>Behold daglige sikkerhetskopier</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Folder is off-site</source>
        <translation>Mappen er utenfor huset</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Yes: seal backups</source>
        <translation>Ja: forsegl sikkerhetskopiene</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Gjenopprettingsøvelse</translation>
    </message>
    <message>
        <source>Not run yet: the till runs it weekly.</source>
        <translation>Ikke kjørt ennå: kassen kjører den hver uke.</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gjenopprett …</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Run the drill now</source>
        <translation>Kjør øvelsen nå</translation>
    </message>
    <message>
        <source>Fixed: the shop has made sales in this country.</source>
        <translation>Fast: butikken har hatt salg i dette landet.</translation>
    </message>
    <message>
        <source>Can change until the first sale.</source>
        <translation>Kan endres fram til første salg.</translation>
    </message>
    <message>
        <source>Fixed: the shop has made sales in {currency}.</source>
        <translation>Fast: butikken har hatt salg i {currency}.</translation>
    </message>
    <message>
        <source>Nothing changed in {group}.</source>
        <translation>Ingenting er endret i {group}.</translation>
    </message>
    <message>
        <source>Every price, threshold and reward value keeps its number, now in {currency}: the program and the products are rewritten, and the change is audited.</source>
        <translation>Hver pris, terskel og belønningsverdi beholder tallet sitt, nå i {currency}: programmet og varene skrives om, og endringen revideres.</translation>
    </message>
    <message>
        <source>Change the currency to {currency}?</source>
        <translation>Bytte valuta til {currency}?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>From now on the till shows times, and counts days, in {zone}. Times already printed stay as printed.</source>
        <translation>Fra nå av viser kassen klokkeslett, og teller dager, i {zone}. Klokkeslett som allerede er skrevet ut, forblir som de er.</translation>
    </message>
    <message>
        <source>Change the time zone?</source>
        <translation>Bytte tidssone?</translation>
    </message>
    <message>
        <source>{group} saved; the way of selling changes at the next sign-in.</source>
        <translation>{group} er lagret; salgsmåten endres ved neste innlogging.</translation>
    </message>
    <message>
        <source>{group} saved; a new language and number format show the next time the till starts.</source>
        <translation>{group} er lagret; nytt språk og tallformat vises neste gang kassen starter.</translation>
    </message>
    <message>
        <source>{group} saved; the till uses it from now on.</source>
        <translation>{group} er lagret; kassen bruker det fra nå av.</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Velg butikkens logo</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>The program&apos;s logo</source>
        <translation>Programmets logo</translation>
    </message>
    <message>
        <source>Empty: {folder}</source>
        <translation>Tomt: {folder}</translation>
    </message>
    <message>
        <source>The printer&apos;s name, as the system lists it</source>
        <translation>Skriverens navn, slik systemet viser det</translation>
    </message>
    <message>
        <source>Test receipt printed to {where}.</source>
        <translation>Testkvittering skrevet ut til {where}.</translation>
    </message>
    <message>
        <source>Restoring the latest backup aside and checking it…</source>
        <translation>Gjenoppretter den nyeste sikkerhetskopien ved siden av og kontrollerer den …</translation>
    </message>
    <message>
        <source>Restore drill FAILED: {problem}</source>
        <translation>Gjenopprettingsøvelsen MISLYKTES: {problem}</translation>
    </message>
    <message>
        <source>Not run: {error}</source>
        <translation>Ikke kjørt: {error}</translation>
    </message>
    <message>
        <source>Not run yet: the till runs it weekly, or press Ctrl+D.</source>
        <translation>Ikke kjørt ennå: kassen kjører den hver uke, eller trykk Ctrl+D.</translation>
    </message>
    <message>
        <source> — {days} days ago, overdue</source>
        <translation> – for {days} dager siden, på overtid</translation>
    </message>
    <message>
        <source>(no backup)</source>
        <translation>(ingen sikkerhetskopi)</translation>
    </message>
    <message>
        <source>OK: {name} restored and checked on {when}{age}.</source>
        <translation>OK: {name} gjenopprettet og kontrollert {when}{age}.</translation>
    </message>
    <message>
        <source>FAILED on {when}{age}: {name}
{problems}</source>
        <translation>MISLYKTES {when}{age}: {name}
{problems}</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Sikkerhetskopi tatt til {path}.</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Hvilken sikkerhetskopi skal gjenopprettes?</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Sikkerhetskopier (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The shop&apos;s data is replaced with the backup {path}. Sales made since that backup are no longer in the till (the data replaced is kept beside the backups). The till must be restarted afterwards.</source>
        <translation>Butikkens data erstattes med sikkerhetskopien {path}. Salg gjort etter den kopien finnes ikke lenger i kassen (dataene som erstattes, legges ved siden av sikkerhetskopiene). Kassen må startes på nytt etterpå.</translation>
    </message>
    <message>
        <source>Restore {name}?</source>
        <translation>Gjenopprette {name}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source> The card key file replaced is kept as {key}.</source>
        <translation> Kortnøkkelfilen som ble erstattet, er tatt vare på som {key}.</translation>
    </message>
    <message>
        <source>Restored from {source}. Close the till and start it again now: until then it still shows the data it had. The data replaced is kept in {kept}.{key}</source>
        <translation>Gjenopprettet fra {source}. Lukk kassen og start den igjen nå: til da viser den fortsatt dataene den hadde. Dataene som ble erstattet, ligger i {kept}.{key}</translation>
    </message>
    <message>
        <source>Replace this shop with another shop&apos;s backup?</source>
        <translation>Erstatte denne butikken med en annen butikks sikkerhetskopi?</translation>
    </message>
    <message>
        <source>Restore a backup with other card keys?</source>
        <translation>Gjenopprette en sikkerhetskopi med andre kortnøkler?</translation>
    </message>
    <message>
        <source>{why}. The data and card key file it replaces are kept.</source>
        <translation>{why}. Dataene og kortnøkkelfilen som erstattes, tas vare på.</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Gjenopprett likevel</translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <source>Set up your shop</source>
        <translation>Sett opp butikken din</translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation>Tilbake  (Esc)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Continue to sign in  (Enter)</source>
        <translation>Fortsett til innlogging  (Enter)</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Trinn {n} av {total}</translation>
    </message>
    <message>
        <source>Create the shop  (Enter)</source>
        <translation>Opprett butikken  (Enter)</translation>
    </message>
    <message>
        <source>Next  (Enter)</source>
        <translation>Neste  (Enter)</translation>
    </message>
    <message>
        <source>Close the window to leave; nothing is stored yet.</source>
        <translation>Lukk vinduet for å gå ut; ingenting er lagret ennå.</translation>
    </message>
    <message>
        <source>Join a chain</source>
        <translation>Bli med i en kjede</translation>
    </message>
    <message>
        <source>Join the chain  (Enter)</source>
        <translation>Bli med i kjeden  (Enter)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Creating the shop…</source>
        <translation>Oppretter butikken …</translation>
    </message>
    <message>
        <source>Joining the chain…</source>
        <translation>Blir med i kjeden…</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>e.g. Kopi Kita</source>
        <translation>f.eks. Fjellkaffe</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Gate og nummer</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postnummer og sted</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>&amp;Butikknavn</translation>
    </message>
    <message>
        <source>&amp;Address (optional)</source>
        <translation>&amp;Adresse (valgfritt)</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in to the till</source>
        <translation>Logg inn i kassen</translation>
    </message>
    <message>
        <source>e.g. cashier</source>
        <translation>f.eks. kasserer</translation>
    </message>
    <message>
        <source>4-12 digits</source>
        <translation>4–12 sifre</translation>
    </message>
    <message>
        <source>Sign in  (Enter)</source>
        <translation>Logg inn  (Enter)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Till locked</source>
        <translation>Kassen er låst</translation>
    </message>
    <message>
        <source>Locked after {minutes} min with nobody at the till: {user}&apos;s sale is parked.</source>
        <translation>Låst etter {minutes} min uten noen i kassen: salget til {user} er parkert.</translation>
    </message>
    <message>
        <source>Locked after {minutes} min with nobody at the till.</source>
        <translation>Låst etter {minutes} min uten noen i kassen.</translation>
    </message>
    <message>
        <source>{user} signs in to continue it; anyone else starts a new sale.</source>
        <translation>{user} logger inn for å fortsette; alle andre starter et nytt salg.</translation>
    </message>
    <message>
        <source>Locked by {user} with a sale open. {user} signs in to continue it; anyone else starts a new sale.</source>
        <translation>Låst av {user} med et åpent salg. {user} logger inn for å fortsette; alle andre starter et nytt salg.</translation>
    </message>
    <message>
        <source>Locked by {user}. Type the PIN to continue.</source>
        <translation>Låst av {user}. Skriv PIN-koden for å fortsette.</translation>
    </message>
    <message>
        <source>Terminal {terminal}. Type your user name and PIN, then press Enter.</source>
        <translation>Terminal {terminal}. Skriv brukernavnet og PIN-koden din, og trykk Enter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo shop&lt;/b&gt; — for trying loyalty-pos, not for real sales. Sign in as {accounts}.</source>
        <translation>&lt;b&gt;Demobutikk&lt;/b&gt; – for å prøve loyalty-pos, ikke for ekte salg. Logg inn som {accounts}.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Skriv brukernavnet ditt.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Skriv PIN-koden din.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer …</translation>
    </message>
</context>
<context>
    <name>StaffLinkDialog</name>
    <message>
        <source>Own member card of {name}</source>
        <translation>Eget medlemskort for {name}</translation>
    </message>
    <message>
        <source>Linked now to a member record.</source>
        <translation>Koblet til et medlem nå.</translation>
    </message>
    <message>
        <source>Not linked to a member record yet.</source>
        <translation>Ikke koblet til et medlem ennå.</translation>
    </message>
    <message>
        <source>The till refuses to ring up points, redeem or adjust on this person&apos;s own card: scan or type their card number, and their phone (a member with that phone counts as theirs too). Leave both empty to remove the link.</source>
        <translation>Kassen nekter å registrere poeng, løse inn eller justere på denne personens eget kort: skann eller skriv kortnummeret, og telefonnummeret (et medlem med det nummeret regnes også som personens). La begge stå tomme for å fjerne koblingen.</translation>
    </message>
    <message>
        <source>keep the current link</source>
        <translation>behold gjeldende kobling</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>&amp;Kortnummer</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Who may sign in at the tills, and as what. ↑↓ choose a person; a deactivated account cannot sign in until it is reactivated.</source>
        <translation>Hvem som kan logge inn i kassene, og som hva. ↑↓ velg en person; en deaktivert konto kan ikke logge inn før den aktiveres igjen.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Ansattkontoer</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Ny konto</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Tilbakestill PIN</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Own card</source>
        <translation>Eget kort</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Låst til</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasserer</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktiver igjen</translation>
    </message>
    <message>
        <source>{username} can sign in now with the PIN you chose.</source>
        <translation>{username} kan logge inn nå med PIN-koden du valgte.</translation>
    </message>
    <message>
        <source>{username}&apos;s PIN is changed; the old one no longer works.</source>
        <translation>PIN-koden til {username} er endret; den gamle virker ikke lenger.</translation>
    </message>
    <message>
        <source>{username} may sign in again.</source>
        <translation>{username} kan logge inn igjen.</translation>
    </message>
    <message>
        <source>{username}&apos;s own card is saved: the till refuses their points on it.</source>
        <translation>Det egne kortet til {username} er lagret: kassen nekter poengene deres på det.</translation>
    </message>
    <message>
        <source>{username} is active again and may sign in.</source>
        <translation>{username} er aktiv igjen og kan logge inn.</translation>
    </message>
    <message>
        <source>{username} is deactivated and can no longer sign in. Del reactivates.</source>
        <translation>{username} er deaktivert og kan ikke lenger logge inn. Del aktiverer igjen.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;Create a new shop</source>
        <translation>&amp;Opprett en ny butikk</translation>
    </message>
    <message>
        <source>&amp;Join a chain</source>
        <translation>&amp;Bli med i en kjede</translation>
    </message>
    <message>
        <source>Seven short steps: the shop&apos;s name, region, tax, first manager and a loyalty program.</source>
        <translation>Sju korte steg: butikkens navn, region, avgift, første leder og et lojalitetsprogram.</translation>
    </message>
    <message>
        <source>The chain server&apos;s address and an enrolment code from head office; the shop, its staff, card keys, program, products and members come from the chain.</source>
        <translation>Kjedeserverens adresse og en registreringskode fra hovedkontoret; butikken, de ansatte, kortnøklene, programmet, varene og medlemmene kommer fra kjeden.</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Kind · by</source>
        <translation>Type · av</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <source>Receipt · expires</source>
        <translation>Kvittering · utløper</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Opptjent</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Innløst</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>reward {reward}</source>
        <translation>belønning {reward}</translation>
    </message>
    <message>
        <source>expires {day}</source>
        <translation>utløper {day}</translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <source>Points statement</source>
        <translation>Poengoversikt</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Simple points</source>
        <translation>Enkle poeng</translation>
    </message>
    <message>
        <source>Points and tiers</source>
        <translation>Poeng og nivåer</translation>
    </message>
    <message>
        <source>Stamp card: &quot;buy 9, the 10th free&quot;</source>
        <translation>Stempelkort: «kjøp 9, den 10. gratis»</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Butikk</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>none (name only)</source>
        <translation>ingen (bare navn)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <source>PDF files in the data folder</source>
        <translation>PDF-filer i datamappen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidssone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <source>include tax</source>
        <translation>inkludert mva.</translation>
    </message>
    <message>
        <source>exclude tax</source>
        <translation>eksklusiv mva.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>records amounts from your own cash register</source>
        <translation>registrerer beløp fra deres eget kasseapparat</translation>
    </message>
    <message>
        <source>rings up baskets</source>
        <translation>slår inn handlekurver</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>{name} (user name &lt;b&gt;{username}&lt;/b&gt;)</source>
        <translation>{name} (brukernavn &lt;b&gt;{username}&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Server {url}, terminal {terminal}; {waiting} changes wait to be sent</source>
        <translation>Tjener {url}, terminal {terminal}; {waiting} endringer venter på å bli sendt</translation>
    </message>
    <message>
        <source>Disconnected from the chain</source>
        <translation>Koblet fra kjeden</translation>
    </message>
    <message>
        <source>The chain&apos;s server refused this till&apos;s token. A manager registers it again in Settings &gt; Sync.</source>
        <translation>Kjedens tjener avviste kassens token. En leder registrerer den på nytt i Innstillinger &gt; Synkronisering.</translation>
    </message>
    <message>
        <source>Offline · {waiting} unsent · synced {ago}</source>
        <translation>Frakoblet · {waiting} ikke sendt · synkronisert {ago}</translation>
    </message>
    <message>
        <source>Online · {waiting} unsent · synced {ago}</source>
        <translation>Tilkoblet · {waiting} ikke sendt · synkronisert {ago}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Siste feil: {error}</translation>
    </message>
    <message>
        <source>Clock {skew}</source>
        <translation>Klokken går {skew}</translation>
    </message>
    <message>
        <source>This till&apos;s clock differs from the chain server&apos;s by more than a minute: receipts and expiry use it. Set the computer&apos;s time.</source>
        <translation>Kassens klokke avviker mer enn ett minutt fra kjedetjenerens: kvitteringer og utløp bruker den. Still datamaskinens klokke.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>A chain&apos;s tills share members, points and cards through the chain&apos;s server. Register this till with the server&apos;s address and an enrolment code from head office (loyalty-pos serve add-terminal). Sales never wait for the server: changes are sent in the background.</source>
        <translation>Kassene i en kjede deler medlemmer, poeng og kort gjennom kjedens tjener. Registrer denne kassen med tjenerens adresse og en registreringskode fra hovedkontoret (loyalty-pos serve add-terminal). Salg venter aldri på tjeneren: endringer sendes i bakgrunnen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>https://chain.example.com</source>
        <translation>https://kjede.example.no</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Tjeneradresse</translation>
    </message>
    <message>
        <source>12 characters, from head office</source>
        <translation>12 tegn, fra hovedkontoret</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Registreringskode</translation>
    </message>
    <message>
        <source>Register this till</source>
        <translation>Registrer denne kassen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synkroniser hvert</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sek</translation>
    </message>
    <message>
        <source>Offline after</source>
        <translation>Frakoblet etter</translation>
    </message>
    <message>
        <source> min without a sync</source>
        <translation> min uten synkronisering</translation>
    </message>
    <message>
        <source>Offline redemption cap</source>
        <translation>Grense for innløsning uten nett</translation>
    </message>
    <message>
        <source>points per member per day; empty: the program&apos;s</source>
        <translation>poeng per medlem per dag; tomt: programmets</translation>
    </message>
    <message>
        <source>The enrolment code is 12 characters, as head office gave it</source>
        <translation>Registreringskoden er 12 tegn, slik hovedkontoret ga den</translation>
    </message>
    <message>
        <source>This build of the till has no sync client</source>
        <translation>Denne utgaven av kassen har ingen synkroniseringsklient</translation>
    </message>
    <message>
        <source>Registering with {url}…</source>
        <translation>Registrerer hos {url} …</translation>
    </message>
    <message>
        <source>Registered. The first sync starts now.</source>
        <translation>Registrert. Den første synkroniseringen starter nå.</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>Synkronisering mislyktes: {error}</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synkronisert.</translation>
    </message>
</context>
<context>
    <name>TaxPage</name>
    <message>
        <source>Prices &amp;include tax (VAT, GST): the shelf price is what the customer pays</source>
        <translation>Prisene &amp;inkluderer mva. (GST): hyllepris er det kunden betaler</translation>
    </message>
    <message>
        <source>Prices &amp;exclude tax: the price list is before VAT, GST or sales tax</source>
        <translation>Prisene &amp;er uten mva.: prislisten er før mva., GST eller omsetningsavgift</translation>
    </message>
    <message>
        <source>Most shops in Europe and Asia price with tax included; many in the United States price before tax. Points are counted on the price as written; a manager can base them on the price with or without tax later, under Earning rules.</source>
        <translation>De fleste butikker i Europa og Asia priser med mva.; mange i USA priser uten. Poeng telles på prisen slik den står; en leder kan senere basere dem på prisen med eller uten mva., under Opptjeningsregler.</translation>
    </message>
    <message>
        <source>And who rings the sale up?</source>
        <translation>Og hvem slår inn salget?</translation>
    </message>
    <message>
        <source>Ring up &amp;baskets here: scan products, the till prices the sale</source>
        <translation>Slå inn &amp;handlekurver her: skann varer, kassen priser salget</translation>
    </message>
    <message>
        <source>Keep my own cash &amp;register: the till records each sale&apos;s amount for points</source>
        <translation>Behold eget kasse&amp;apparat: kassen registrerer beløpet for hvert salg for poeng</translation>
    </message>
</context>
<context>
    <name>TenderNames</name>
    <message>
        <source>cash</source>
        <translation>kontanter</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>mobile payment</source>
        <translation>mobilbetaling</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>gavekort</translation>
    </message>
    <message>
        <source>other tender</source>
        <translation>annen betaling</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontanter</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Mobilbetaling</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gavekort</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>TextVariantsDialog</name>
    <message>
        <source>Printed on the receipts of members and tills that speak the language; an empty box prints the text as typed in the settings:</source>
        <translation>Skrives ut på kvitteringene til medlemmer og kasser som snakker språket; en tom boks skriver ut teksten slik den er skrevet i innstillingene:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>TierMovesTab</name>
    <message>
        <source>{ups:,} upgrade(s) and {downs:,} downgrade(s) in the range, as the audit log recorded each tier change.</source>
        <translation>{ups:,} opprykk og {downs:,} nedrykk i perioden, slik revisjonsloggen registrerte hver nivåendring.</translation>
    </message>
    <message>
        <source>Tier changes per month</source>
        <translation>Nivåendringer per måned</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Opprykk</translation>
    </message>
    <message>
        <source>Downgrades</source>
        <translation>Nedrykk</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Opprykk</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Nedrykk</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Spend</source>
        <translation>Forbruk</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Poeng opptjent</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Multiplier %</source>
        <translation>Multiplikator %</translation>
    </message>
    <message>
        <source>Perks (separate with ;)</source>
        <translation>Fordeler (skill med ;)</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Legg til nivå</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Fjern nivå</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>&amp;Qualify by</source>
        <translation>&amp;Kvalifiser etter</translation>
    </message>
    <message>
        <source>over the &amp;last</source>
        <translation>over de &amp;siste</translation>
    </message>
    <message>
        <source>Yearly &amp;review on</source>
        <translation>Årlig &amp;gjennomgang den</translation>
    </message>
    <message>
        <source>&amp;Grace after review</source>
        <translation>&amp;Frist etter gjennomgang</translation>
    </message>
    <message>
        <source>Members move up at once when they qualify; they move down only at the yearly review, after the grace days. The first tier starts at 0.</source>
        <translation>Medlemmer rykker opp med en gang de kvalifiserer; de rykker ned bare ved den årlige gjennomgangen, etter fristen. Det første nivået starter på 0.</translation>
    </message>
    <message>
        <source>Tiers, &amp;lowest first</source>
        <translation>Nivåer, &amp;laveste først</translation>
    </message>
    <message>
        <source>From ({currency})</source>
        <translation>Fra ({currency})</translation>
    </message>
    <message>
        <source>From (points)</source>
        <translation>Fra (poeng)</translation>
    </message>
    <message>
        <source>{text!r} is not a number of points</source>
        <translation>{text!r} er ikke et antall poeng</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <source>Tier {tier}: {problem}</source>
        <translation>Nivå {tier}: {problem}</translation>
    </message>
    <message>
        <source>Tier {tier}: the multiplier is a whole percent, such as 125.</source>
        <translation>Nivå {tier}: multiplikatoren er en hel prosent, som 125.</translation>
    </message>
    <message>
        <source>Every tier needs a code and a name.</source>
        <translation>Hvert nivå trenger en kode og et navn.</translation>
    </message>
    <message>
        <source>The first tier, {tier}, must start at 0.</source>
        <translation>Det første nivået, {tier}, må starte på 0.</translation>
    </message>
    <message>
        <source>{higher} must start above {lower} ({threshold}): tiers go from lowest to highest.</source>
        <translation>{higher} må starte over {lower} ({threshold}): nivåene går fra lavest til høyest.</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <source>Active members per tier today, whatever the date range.</source>
        <translation>Aktive medlemmer per nivå i dag, uansett datoperiode.</translation>
    </message>
    <message>
        <source>Active members per tier</source>
        <translation>Aktive medlemmer per nivå</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktive medlemmer</translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>How this till sells, tells a scanner from typing, locks itself and shows the customer display. The way of selling applies at the next sign-in with no sale parked; everything else at once. A scanner types a code within a few milliseconds per key: raise the gap if scans arrive as typing, lower it if fast typing is taken for a scan.</source>
        <translation>Hvordan denne kassen selger, skiller en skanner fra tasting, låser seg selv og viser kundeskjermen. Salgsmåten gjelder ved neste innlogging uten parkert salg; alt annet med en gang. En skanner skriver en kode på noen få millisekunder per tast: øk pausen hvis skanninger kommer som tasting, senk den hvis rask tasting tas for en skanning.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Ring up baskets here</source>
        <translation>Slå inn handlekurver her</translation>
    </message>
    <message>
        <source>Record the amounts of our own cash register</source>
        <translation>Registrer beløpene fra vårt eget kasseapparat</translation>
    </message>
    <message>
        <source>Longest gap between keys</source>
        <translation>Lengste pause mellom taster</translation>
    </message>
    <message>
        <source>Shortest scan</source>
        <translation>Korteste skanning</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> tegn</translation>
    </message>
    <message>
        <source>Lock the till after</source>
        <translation>Lås kassen etter</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> min uten bruk</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundeskjerm</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Customer display screen</source>
        <translation>Kundeskjerm</translation>
    </message>
    <message>
        <source>Display on screen</source>
        <translation>Vis på skjerm</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Vanlig</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Høy kontrast (hvitt på svart)</translation>
    </message>
    <message>
        <source>System colours (as the desktop, e.g. dark mode)</source>
        <translation>Systemfarger (som skrivebordet, f.eks. mørk modus)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <source>None available: only one screen is connected</source>
        <translation>Ingen tilgjengelig: bare én skjerm er koblet til</translation>
    </message>
    <message>
        <source>With one screen the customer display opens as a window over the till. Connect a second screen to choose it here.</source>
        <translation>Med én skjerm åpnes kundeskjermen som et vindu over kassen. Koble til en skjerm til for å velge den her.</translation>
    </message>
    <message>
        <source>Any screen the till is not on</source>
        <translation>Hvilken som helst skjerm kassen ikke er på</translation>
    </message>
    <message>
        <source>{name} — not connected now</source>
        <translation>{name} – ikke tilkoblet nå</translation>
    </message>
    <message>
        <source>{name} is not connected: until it is, the display uses the first screen the till is not on.</source>
        <translation>{name} er ikke tilkoblet: til den er det, bruker visningen den første skjermen kassen ikke er på.</translation>
    </message>
    <message>
        <source>Kept by the screen&apos;s name, so it stays the same screen after a restart; if it is unplugged the display moves to another screen and the till says so.</source>
        <translation>Huskes etter skjermens navn, så det blir samme skjerm etter en omstart; hvis den kobles fra, flytter visningen til en annen skjerm, og kassen sier fra.</translation>
    </message>
</context>
<context>
    <name>TopMembersTab</name>
    <message>
        <source>Points earned</source>
        <translation>Poeng opptjent</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plass</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Medlems-ID</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>To pay</source>
        <translation>Å betale</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>Betalt med poeng</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Delsum</translation>
    </message>
    <message>
        <source>Points this sale: 0</source>
        <translation>Poeng på dette kjøpet: 0</translation>
    </message>
    <message>
        <source>No member: no points</source>
        <translation>Ikke medlem: ingen poeng</translation>
    </message>
    <message>
        <source>Points this sale: +{points}</source>
        <translation>Poeng på dette kjøpet: +{points}</translation>
    </message>
    <message>
        <source>−{points} pts</source>
        <translation>−{points} p</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>Poeng brukt</translation>
    </message>
    <message>
        <source>This sale won</source>
        <translation>Dette salget vant</translation>
    </message>
    <message>
        <source>Instant win: {what}</source>
        <translation>Øyeblikkelig gevinst: {what}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer points from {name}</source>
        <translation>Overfør poeng fra {name}</translation>
    </message>
    <message>
        <source>{name} has {points:,} points. Points go in steps of {step:,} and keep their expiry dates.</source>
        <translation>{name} har {points:,} poeng. Poeng flyttes i steg på {step:,} og beholder utløpsdatoene sine.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>e.g. {step}</source>
        <translation>f.eks. {step}</translation>
    </message>
    <message>
        <source>&amp;To member</source>
        <translation>&amp;Til medlem</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Poeng</translation>
    </message>
    <message>
        <source>Choose who receives the points.</source>
        <translation>Velg hvem som får poengene.</translation>
    </message>
    <message>
        <source>Type the points to transfer.</source>
        <translation>Skriv poengene som skal overføres.</translation>
    </message>
</context>
<context>
    <name>UnusualTab</name>
    <message>
        <source>Member: redeems often</source>
        <translation>Medlem: løser inn ofte</translation>
    </message>
    <message>
        <source>Cashier: many rewards</source>
        <translation>Kasserer: mange belønninger</translation>
    </message>
    <message>
        <source>Cashier: many lookups</source>
        <translation>Kasserer: mange oppslag</translation>
    </message>
    <message>
        <source>No pattern is watched: set the thresholds under Earning rules &amp; tiers → Limits.</source>
        <translation>Ingen mønstre overvåkes: angi tersklene under Opptjeningsregler og nivåer → Grenser.</translation>
    </message>
    <message>
        <source>Nothing unusual in the last {days} days (whatever the date range).</source>
        <translation>Ingenting uvanlig de siste {days} dagene (uansett datoområde).</translation>
    </message>
    <message>
        <source>{count:,} pattern(s) reached their threshold within {minutes} minutes in the last {days} days (whatever the date range). Each is listed once, at its busiest window.</source>
        <translation>{count:,} mønster(e) nådde terskelen innenfor {minutes} minutter de siste {days} dagene (uansett datoområde). Hvert står én gang, ved sitt travleste tidsrom.</translation>
    </message>
    <message>
        <source>Count at the busiest window</source>
        <translation>Antall i travleste tidsrom</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Mønster</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Terskel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check the member</source>
        <translation>Sjekk medlemmet</translation>
    </message>
    <message>
        <source>Check who {name} is</source>
        <translation>Sjekk at dette er {name}</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Fødselsdato</translation>
    </message>
    <message>
        <source>&amp;Last digits of the phone</source>
        <translation>&amp;Siste sifre i telefonnummeret</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <source>Type what the member tells you first.</source>
        <translation>Skriv først det medlemmet sier.</translation>
    </message>
</context>
<context>
    <name>VolumePage</name>
    <message>
        <source>Applies to</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>From qty</source>
        <translation>Fra antall</translation>
    </message>
    <message>
        <source>From value</source>
        <translation>Fra beløp</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% avslag</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>&amp;Add a product with a volume step</source>
        <translation>&amp;Legg til en vare med kvantumstrinn</translation>
    </message>
    <message>
        <source>Volume &amp;steps</source>
        <translation>Kvantums&amp;trinn</translation>
    </message>
    <message>
        <source>Add &amp;basket step</source>
        <translation>Legg til &amp;handlekurvtrinn</translation>
    </message>
    <message>
        <source>Whole basket</source>
        <translation>Hele handlekurven</translation>
    </message>
    <message>
        <source>Each row is a step: from a quantity (of the product or category) or from a basket value, a % off those lines and/or bonus points for a member. Of the steps on the same product, category or basket, the highest reached applies. Del removes the row.</source>
        <translation>Hver rad er et trinn: fra et antall (av varen eller kategorien) eller fra et handlekurvbeløp, et % avslag på de linjene og/eller bonuspoeng til et medlem. Av trinnene på samme vare, kategori eller handlekurv gjelder det høyeste som er nådd. Del fjerner raden.</translation>
    </message>
    <message>
        <source>{what}: a step needs a quantity or a basket value (one of them), and a % off or bonus points.</source>
        <translation>{what}: et trinn trenger et antall eller et handlekurvbeløp (ett av dem), og et % avslag eller bonuspoeng.</translation>
    </message>
    <message>
        <source>from {quantity}</source>
        <translation>fra {quantity}</translation>
    </message>
    <message>
        <source>from {amount}</source>
        <translation>fra {amount}</translation>
    </message>
</context>
<context>
    <name>WindowFields</name>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>From hour</source>
        <translation>Fra time</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>Until hour</source>
        <translation>Til time</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>Product codes, comma between</source>
        <translation>Varekoder, komma mellom</translation>
    </message>
    <message>
        <source>On products</source>
        <translation>På varer</translation>
    </message>
    <message>
        <source>On &amp;products</source>
        <translation>På va&amp;rer</translation>
    </message>
    <message>
        <source>&amp;Weekdays (none: every day)</source>
        <translation>&amp;Ukedager (ingen: hver dag)</translation>
    </message>
    <message>
        <source>Per tier (%)</source>
        <translation>Per nivå (%)</translation>
    </message>
    <message>
        <source>As the campaign</source>
        <translation>Som kampanjen</translation>
    </message>
    <message>
        <source>{tier} factor</source>
        <translation>{tier}-faktor</translation>
    </message>
</context>
<context>
    <name>_StaffForm</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN igjen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits. Enter or Ctrl+S saves, Esc cancels.</source>
        <translation>En PIN har 4 til 12 sifre. Enter eller Ctrl+S lagrer, Esc avbryter.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;igjen</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Skriv PIN-koden.</translation>
    </message>
    <message>
        <source>The two PINs differ; type it again.</source>
        <translation>De to PIN-kodene er ulike; skriv den igjen.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Your shop is ready</source>
        <translation>Butikken din er klar</translation>
    </message>
    <message>
        <source>Write this recovery code on paper now and keep it away from the till. If the shop&apos;s only manager forgets the PIN, the command &apos;loyalty-pos staff recover&apos; asks for it. It is shown only this once.</source>
        <translation>Skriv denne gjenopprettingskoden på papir nå og oppbevar den borte fra kassen. Hvis butikkens eneste leder glemmer PIN-koden, spør kommandoen &apos;loyalty-pos staff recover&apos; etter den. Den vises bare denne ene gangen.</translation>
    </message>
    <message>
        <source>Logo and receipts</source>
        <translation>Logo og kvitteringer</translation>
    </message>
    <message>
        <source>Both are optional: without a logo, cards carry the shop&apos;s name only; without a printer, receipts are saved as PDF files in the shop&apos;s data folder.</source>
        <translation>Begge er valgfrie: uten logo har kortene bare butikkens navn; uten skriver lagres kvitteringer som PDF-filer i butikkens datamappe.</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>Den første lederen</translation>
    </message>
    <message>
        <source>Probably you. The manager signs in with a PIN, adds cashiers and other managers, and changes the loyalty program.</source>
        <translation>Sannsynligvis deg. Lederen logger inn med en PIN, legger til kasserere og andre ledere og endrer lojalitetsprogrammet.</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Lojalitetsprogram</translation>
    </message>
    <message>
        <source>A program to start with. Rewards, rules, tiers and campaigns can all be changed later in the back office (Ctrl+Shift+B).</source>
        <translation>Et program å starte med. Belønninger, regler, nivåer og kampanjer kan alle endres senere i administrasjonen (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <source>Country, currency and time</source>
        <translation>Land, valuta og tid</translation>
    </message>
    <message>
        <source>Suggested from this computer&apos;s settings. The currency cannot change once the shop has sales; the time zone decides when a day, a month and a year begin.</source>
        <translation>Foreslått ut fra innstillingene på denne datamaskinen. Valutaen kan ikke endres når butikken har salg; tidssonen avgjør når en dag, en måned og et år begynner.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Butikken din</translation>
    </message>
    <message>
        <source>Welcome to loyalty-pos. Seven short steps set up your shop; nothing is stored until the last one. First: the name customers see on receipts and member cards, and the shop&apos;s address.</source>
        <translation>Velkommen til loyalty-pos. Sju korte trinn setter opp butikken din; ingenting lagres før det siste. Først: navnet kundene ser på kvitteringer og medlemskort, og butikkens adresse.</translation>
    </message>
    <message>
        <source>Ready to create the shop</source>
        <translation>Klar til å opprette butikken</translation>
    </message>
    <message>
        <source>Nothing is stored until you press Enter here. Esc goes back to change anything.</source>
        <translation>Ingenting lagres før du trykker Enter her. Esc går tilbake for å endre noe.</translation>
    </message>
    <message>
        <source>Prices and tax</source>
        <translation>Priser og mva.</translation>
    </message>
    <message>
        <source>How are the prices on your shelves and in your price list written?</source>
        <translation>Hvordan er prisene i hyllene og i prislisten din skrevet?</translation>
    </message>
    <message>
        <source>Join a chain</source>
        <translation>Bli med i en kjede</translation>
    </message>
    <message>
        <source>Head office gives you the server&apos;s address and a one-time enrolment code (&apos;loyalty-pos serve add-terminal&apos;). Head office&apos;s till must have synced once.</source>
        <translation>Hovedkontoret gir deg serverens adresse og en engangs registreringskode (&apos;loyalty-pos serve add-terminal&apos;). Hovedkontorets kasse må ha synkronisert én gang.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Is this till a new shop, or one more till of a chain whose head office is already set up?</source>
        <translation>Er denne kassen en ny butikk, eller én kasse til i en kjede der hovedkontoret allerede er satt opp?</translation>
    </message>
</context>
</TS>
