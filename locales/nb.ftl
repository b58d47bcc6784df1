# Samspil – norske tekster (bokmål).
# One message per text. Keys are the same in every language file; `{ $name }` is a
# value Samspil fills in and must stay as it is. Check with
# `cargo test --test texts`; see the README's "Translate Samspil".


## Interface
app-name = Samspil
tagline = Helsesjekk for partnerskapet deres

## Interface – Header and footer
language = Språk
saved-on-device = Lagret på denne enheten
footer-privacy = Samspil kjører helt i nettleseren din. Ingen informasjonskapsler, ingen sporing, ingenting sendes videre.
notice-storage-unavailable = Nettleseren lar ikke Samspil lagre på enheten. Svarene dine ligger i denne fanen og i adressen dens til du lukker den.
notice-storage-embedded = Når Samspil vises inne på et annet nettsted, får ikke nettleseren lagre svarene dine. De blir værende så lenge siden er åpen. Åpne Samspil i en egen fane for å lagre dem på enheten.
notice-bad-options = Sidens innstillinger for Samspil inneholdt verdier som ble ignorert: { $names }. Samspil virker som vanlig.
notice-storage-corrupt = Lagrede svar på denne enheten kunne ikke leses og er fjernet. Du kan begynne på nytt.
notice-host-options = Adressen inneholdt innstillinger som bare gjelder når Samspil vises inne på et annet nettsted ({ $names }). De er ikke brukt her.
notice-other-answers = Denne adressen inneholder andre svar enn dem som er lagret på enheten. De lagrede svarene dine er tatt vare på. Svarene fra adressen vises nedenfor som et delt resultat.
notice-updated-elsewhere = Svarene dine ble endret i en annen fane eller et annet vindu. Denne fanen viser nå de nyeste svarene.
notice-lang-failed = Språket kunne ikke hentes (sjekk tilkoblingen). Samspil fortsetter på dette språket, og alle svar er tatt vare på.
lang-loading = Henter språket …

## Interface – Start view
start-title = Hvor godt fungerer partnerskapet deres?
start-intro = Samspil er en helsesjekk for samarbeid mellom kommune, frivilligsentral, frivillige lag og organisasjoner, ideell sektor, næringsliv og innbyggere. Du tar stilling til { $n } påstander om seks områder: felles mål, kommunikasjon, roller og ansvar, evaluering, fleksibilitet og forankring. Etterpå får du en oversikt over hvor samarbeidet står sterkt, og konkrete forslag du kan ta med til neste møte.
start-time = Det tar omtrent 10 minutter. Du kan hoppe over hvilken som helst påstand.
privacy = Svarene dine blir i denne nettleseren. Ingenting sendes til noen server.
about-you = Om deg (valgfritt)
sector-label = Hvilken type aktør representerer du?
sector-none = Vil ikke oppgi
sector-municipality = Kommune eller fylkeskommune
sector-volunteer = Frivilligsentral eller frivillig organisasjon
sector-company = Bedrift
sector-foundation = Stiftelse
sector-citizen = Innbygger
sector-other = Annet
sector-local-authority = Kommune
sector-region = Fylkeskommune eller helseforetak
sector-volunteer-centre = Frivilligsentral
sector-association = Frivillig lag eller organisasjon
sector-local-group = Selvorganiserte innbyggere eller lokal gruppe
sector-users = Brukere og pårørende
sector-education = Skole eller utdanningsinstitusjon
org-label = Din organisasjon
org-hint = Valgfritt, høyst 40 tegn. Navnet blir liggende på denne enheten og følger bare med i resultatlenken din og i fasilitatorens teamlenke – aldri i sammendraget til referatet.
label-label = Partnerskapets navn
label-hint = Høyst 40 tegn. Navnet vises sammen med resultatet ditt.
start-button = Start helsesjekken
resume-title = Velkommen tilbake
resume-body = Du har en påbegynt helsesjekk på denne enheten: { $n } av { $total } påstander er besvart.
resume-continue = Fortsett der jeg slapp
start-over = Begynn på nytt

## Interface – Questionnaire
progress = Framdrift
step-of = Trinn { $k } av { $total }
answered-of = { $n } av { $total } påstander besvart
scale-1 = Helt uenig
scale-2 = Uenig
scale-3 = Verken enig eller uenig
scale-4 = Enig
scale-5 = Helt enig
dont-know = Vet ikke
not-relevant = Ikke relevant for oss
back = Tilbake
next = Neste
see-results = Se resultatet
to-start = Til forsiden

## Interface – Results
results-title = Ditt bilde av partnerskapet
shared-title = Et delt resultat
overall = Samlet resultat: { $score } av 100 – { $band }.
overall-weakest = Svakeste område: { $area }.
overall-no-weakest = Ikke noe enkelt område skiller seg ut som det svakeste.
overall-capped = Nivået er satt ned slik at det ligger høyst ett nivå over det svakeste området: et partnerskap med ett område i krise kalles ikke sterkt.
overall-gaps = Kunnskapshull: { $areas }. De fleste svarene der var «vet ikke».
overall-none = Et samlet resultat krever en poengsum i minst 5 av de 6 områdene. Et område får en poengsum når minst tre av påstandene er besvart på skalaen.
weakest-note = Det samlede resultatet er gjennomsnittet av områdene; et område nevnes som det svakeste når det ligger minst 5 poeng under alle de andre.
band-needs-attention = krever oppmerksomhet
band-developing = under utvikling
band-strong = sterkt
bands-explained = Krever oppmerksomhet: under 40 · Under utvikling: 40–69 · Sterkt: 70 og over
not-enough = for få svar
radar-title = De seks områdene
radar-desc = Radardiagram med poengsummen for de seks områdene fra 0 til 100. De samme tallene står i tabellen nedenfor.
start-here = Ta med til neste møte
start-here-intro = Én persons svar kan ikke avgjøre hva partnerskapet skal gjøre. Her er det du kan ta opp med de andre partene – de alvorligste svarene først.
action-gap = Finn ut hva partnerskapet ikke vet om { $area }: spør partene hvilke påstander de ikke kunne vurdere, og avtal hvem som tar med de manglende opplysningene til neste møte.
action-clarify = Avklar { $area }: de fleste svarene var «verken enig eller uenig» eller «vet ikke». Gå gjennom påstandene én og én på neste møte, og spør hva som skal til for at hver part svarer ja eller nei.
more-actions = Også verdt å gjøre
no-actions = Svar på flere påstander for å få forslag til tiltak.
see-area = Se området { $area }
table-caption = Poeng per område
col-area = Område
col-score = Poeng (0–100)
col-band = Nivå
col-answered = Besvart
col-dont-know = Vet ikke
col-not-relevant = Ikke relevant
details-title = Svarene område for område
not-answered = Ikke besvart
dont-know-finding = { $n } × «vet ikke». Mange «vet ikke»-svar sier noe i seg selv: Hvem vet svaret?
change-answers = Endre svarene mine

## Interface – Sharing
share-title = Del resultatet
share-intro = Lenken inneholder svarene dine. Alle som har lenken, kan se dette resultatet; det lagres ikke noe annet sted. Send den bare til fasilitatoren, ikke i en felles chat: Da kan fasilitatoren samle alles lenker i én samlet oversikt uten at de andre ser svarene dine.
result-link = Lenke til resultatet
copy-link = Kopier lenken
copied = Lenken er kopiert
copy-failed = Kunne ikke kopiere. Marker lenken og kopier den selv.
qr-title = QR-kode med lenken
qr-too-long = Lenken er for lang til en QR-kode som telefoner kan lese pålitelig. Kopier lenken og send den i stedet.
print = Skriv ut
download-radar = Last ned radardiagrammet (SVG)

## Interface – Shared result
shared-about = Om besvarelsen
shared-label = Partnerskap
shared-sector = Sektor
shared-date = Dato
not-given = Ikke oppgitt
take-check = Ta helsesjekken selv

## Interface – Damaged links
link-error-title = Lenken kan ikke åpnes
err-not-found = Adressen inneholder ikke et Samspil-resultat.
err-bad-character = Lenken inneholder et tegn som ikke hører hjemme der. Den ble sannsynligvis endret da den ble kopiert.
err-bad-length = Lenken er for kort eller for lang. Den ble sannsynligvis kuttet da den ble sendt.
err-bad-checksum = Lenken er endret eller kuttet, så svarene i den kan ikke brukes.
err-unknown-version = Lenken er laget med en nyere versjon av Samspil. Last inn siden på nytt for å få den nyeste versjonen.
err-out-of-range = Lenken inneholder verdier som Samspil ikke kjenner.
err-wrong-kind = Dette er en teamlenke der det skulle vært en resultatlenke, eller omvendt.
err-summary-only = Dette er et sammendrag til referatet: Det inneholder ingen enkeltpersoners svar og kan ikke legges til et team. Åpne det for å se teamets tall.
link-error-help = Be avsenderen om en ny lenke, eller ta din egen helsesjekk. Dine egne svar på denne enheten er ikke berørt.
start-fresh = Gå til forsiden
panic-title = Noe gikk galt
panic-body = Det oppstod en feil i Samspil. Svarene dine er lagret i lenken og på denne enheten. Last inn siden på nytt for å fortsette der du var.
panic-reload = Last inn siden på nytt

## Team view
team-title = Det samlede bildet
team-intro = Samle alle partenes resultatlenker i én oversikt: hvor dere er enige, hvor dere ser ulikt på ting, og hva dere kan gjøre nå. Alt blir i denne nettleseren.
open-team = Samler du teamets lenker? Åpne teamvisningen
part-failed = Denne delen av siden kunne ikke hentes (sjekk tilkoblingen).
part-retry = Prøv igjen

## Team view – Adding links
add-title = Legg til resultatlenker
add-label = Lim inn resultatlenker eller en teamlenke
add-hint = Én lenke eller mange på én gang: én per linje eller en hel chat med lenker inne i teksten. Samspil finner lenkene selv.
add-button = Legg til lenkene
report-not-read = Lenker som ikke ble lest: { $n }. Lim inn høyst 120 om gangen.
report-title = Slik gikk det med lenkene
report-line = Linje { $line }
report-added = Lagt til.
report-team-added =
    { $n ->
        [one] Teamlenke: { $n } besvarelse lagt til.
       *[other] Teamlenke: { $n } besvarelser lagt til.
    }
report-duplicate = Ikke lagt til: det samme resultatet er allerede med.
report-team-duplicates = Allerede med: { $n }.
report-full = Ikke lagt til: et team kan ha høyst 50 besvarelser.
report-team-left-out = Kom ikke med: { $n } (et team kan ha høyst 50 besvarelser).
report-left-out = Et team kan ha høyst 50 besvarelser. Kom ikke med: { $n }.
report-none-found = Det var ingen Samspil-lenke i teksten. En lenke inneholder #r= eller #t=.

## Team view – Respondents
respondents-title = Besvarelser ({ $n })
respondents-show = Vis listen
respondents-hide = Skjul listen
respondent = Besvarelse { $n }
no-respondents = Ingen besvarelser ennå. Lim inn resultatlenkene ovenfor.
remove-respondent = Fjern besvarelse { $n }

## Team view – Team radar and table
team-radar-title = Teamets resultat per område
team-radar-desc = Radardiagram: hver besvarelse som en tynn linje, teamets tall (hver sektor teller én gang) som en tykk linje og spennet fra laveste til høyeste poengsum skravert. De samme tallene står i tabellen.
team-mean = Teamets tall
legend-title = Slik leser du diagrammet
legend-mean = Tykk linje med punkter: teamets tall (setningen under det samlede resultatet sier hvordan det er laget)
legend-each = Tynne grå linjer: hver enkelt besvarelse
legend-range = Skravert felt: fra laveste til høyeste poengsum
team-table-caption = Teamets poeng per område
col-mean = Teamets tall
col-headcount = Gjennomsnitt av alle
team-table-note = Teamets tall: hver part teller én gang, uansett hvor mange den har sendt, når alle parter har sendt minst to; ellers gjennomsnittet av alle, som teller hver person én gang. Setningen over sier hvilket.
col-min = Laveste
col-max = Høyeste
col-sd = Spredning (SD)

## Team view – Where you differ
differ-title = Der dere ser ulikt på ting
differ-rule = Først områder der to parters gjennomsnitt ligger et helt trinn eller mer fra hverandre. Deretter områder og påstander med svar i begge ender av skalaen: minst 6 svar, minst en femtedel av dem 1–2 og en femtedel 4–5. Til slutt høyst fem mulige forskjeller på enkeltpåstander, der to parter med minst 3 svar hver ligger et helt trinn fra hverandre.
differ-count =
    { $n ->
        [one] { $n } sted der dere ser ulikt på ting.
       *[other] { $n } steder der dere ser ulikt på ting.
    }
differ-none = Ingen områder eller påstander deler teamet etter denne regelen. Spør likevel: Hvem svarte «vet ikke», og hvorfor?
differ-area = Område: { $area }
differ-statement = Påstand { $n } · { $area }
differ-gap = Forskjell mellom sektorer: { $gap } trinn. Høyest: { $higher }. Lavest: { $lower }.
differ-both = Svar i begge ender av skalaen: { $low } av { $n } svar er 1–2, { $high } er 4–5.
differ-both-area = { $n } av områdets påstander har svar i begge ender av skalaen.
differ-more = Vis de { $n } andre
differ-ask = Til samtalen

## Team view – By sector
sector-title = Partenes perspektiver
sector-intro = Hver parts gjennomsnitt per område, med antall personer bak i parentes. Opplever alle parter partnerskapet som likeverdig?
sector-caption = Gjennomsnitt per part (personer bak hvert tall)
sector-table-none = Ingen besvarelse hører ennå til en part: skriv inn partenes navn nedenfor.

## Team view – Team actions
team-actions-title = Dette kan teamet gjøre nå
team-actions-intro = I rekkefølge: påstander der minst en tredjedel av svarene er 1–2, eller der en parts gjennomsnitt er 2,0 eller lavere, eller der to parter ligger 1,5 trinn fra hverandre (de alvorligste først); deretter områder med kunnskapshull eller usikre svar; deretter teamets svakeste områder.
team-actions-languages = Tiltakene sier det samme på alle språk, med hvert lands egne navn (for eksempel Nav). To legger til noe: På svensk nevner tiltaket om roller også IOP-avtalen, og på finsk nevner tiltakene om finansiering STEA.

## Team view – Team link and export
team-link-title = Teamlenken
team-link-intro = Én lenke inneholder hele teamet (opptil 50 besvarelser). Når den åpnes, vises denne oversikten igjen.
full-link-warning = Lenken inneholder hver enkelt persons svar. Ikke legg den i et referat som kan bli offentlig; bruk sammendraget til referatet nedenfor.
summary-title = Sammendrag til referatet
summary-intro = Denne lenken inneholder bare det siden viser: ett tall for teamet per område i hele poeng, hvor dere ser ulikt på ting, tiltakene og det møtet bestemte: de felles vurderingene og planen med ansvarlige og datoer. Ingen enkeltpersoners svar, ingen navn på dem som har svart, ingen organisasjoner eller antall, og hvert tall bygger på minst 3 personer. Den lages først fra 5 besvarelser (8 når en part har sendt færre enn 3). Den åpner en samlet oversikt som bare kan leses.
summary-link = Lenke til sammendraget
summary-view-title = Teamets sammendrag
summary-view-note =
    { $n ->
        [one] Et sammendrag til referatet: teamets tall fra { $n } besvarelse. Det inneholder ingen enkeltpersoners svar og kan derfor ikke utvides eller endres.
       *[other] Et sammendrag til referatet: teamets tall fra { $n } besvarelser. Det inneholder ingen enkeltpersoners svar og kan derfor ikke utvides eller endres.
    }
anon-toggle = Skjul enkeltpersoners svar (anonym visning)
anon-note = Anonym visning: ingen navn, parter, antall eller enkeltpersoners linjer, og ett tall for teamet per område som hvert bygger på minst 3 personer.
team-link = Teamlenke
team-qr = QR-kode med teamlenken
team-qr-show = Vis som QR-kode
team-qr-hide = Skjul QR-koden
export-csv = Last ned som CSV
export-json = Last ned som JSON

## Team view – Action plan
plan-title = Vår handlingsplan
plan-intro = Gjør forslagene til avtaler: hvem gjør hva, og når. Ta med høyst 8 tiltak; planen følger med i teamlenken, slik at den alltid står sammen med det den bygger på.
plan-take = Ta med i planen
plan-taken = Er med i planen
plan-own-label = Deres eget tiltak
plan-own-add = Legg til i planen
plan-count = Tiltak i planen: { $n } av 8
plan-chars = { $n } av { $max } tegn
plan-owner = Ansvarlig
plan-due = Frist
plan-up = Opp
plan-down = Ned
plan-remove-short = Fjern
plan-move-up = Flytt tiltak { $n } opp
plan-move-down = Flytt tiltak { $n } ned
plan-remove = Fjern tiltak { $n }
plan-full = Planen kan ha høyst 8 tiltak. Fjern ett før dere legger til et nytt.
plan-empty = Det er ennå ingen tiltak i planen. Ta med forslag ovenfor, eller skriv deres eget.
plan-calendar = Legg til i kalenderen (.ics)
plan-damaged = Planen i denne lenken kunne ikke leses. { $reason } Teamet vises. Skriv planen på nytt; den lagres i teamlenken.
plan-before-title = Planen fra sist
plan-before-intro = Marker hvor langt hvert tiltak kom. Markeringene lagres i teamlenken.
status-done = Gjennomført
status-partly = Delvis
status-not-done = Ikke gjennomført
status-open = Ikke markert
plan-no-owner = Ingen ansvarlig ennå
plan-no-date = Ingen frist ennå

## Team view – Before and after
compare-title = Før og etter
compare-intro = Oppfølgingsmøte et halvt år senere? Lim inn teamlenken (eller resultatlenkene) fra det forrige møtet for å se hva som har endret seg. Teamet ovenfor er «etter».
compare-label = Lenker fra det forrige møtet
compare-button = Sammenlign
compare-before-damaged = Delen «før» i denne lenken kunne ikke leses. { $reason } Det nåværende teamet vises. Lim inn teamlenken fra det forrige møtet igjen for å sammenligne.
compare-in-link = Sammenligningen er nå en del av teamlenken nedenfor: Den viser begge møtene, også etter at siden er lastet inn på nytt.
compare-clear = Fjern sammenligningen
compare-counts = Besvarelser: { $before } før, { $after } etter.
compare-radar-title = Før og etter per område
compare-radar-desc = Radardiagram: teamets tall før som en stiplet linje og etter som en tykk linje. De samme tallene står i tabellen.
legend-before = Stiplet linje: før
legend-after = Tykk linje: etter
compare-caption = Endring per område
col-before = Før
col-after = Etter
col-change = Endring
no-clear-change = ingen tydelig endring
compare-noise = Endringer under 10 poeng, eller med færre enn 5 besvarelser før eller etter, vises som «ingen tydelig endring»: Det er sjelden de samme som svarer begge gangene, og så små endringer kan skyldes tilfeldigheter.

## Team view – Meeting display
meeting-open = Vis på storskjerm
meeting-title = Møtevisning
meeting-hint = Piltastene eller Page Up/Page Down bytter avsnitt. Escape avslutter.
meeting-position = Avsnitt { $k } av { $total }: { $title }
meeting-prev = Forrige
meeting-next = Neste
meeting-leave = Avslutt møtevisningen
invite-title = Ta helsesjekken på telefonen
invite-body = Skann koden, eller skriv inn adressen. Det tar omtrent 10 minutter; send deretter resultatlenken din bare til fasilitatoren.
invite-qr = QR-kode med adressen til helsesjekken

## Interface – Question bank versions and organisations
bank-mixed = Noen har svart på den første versjonen av påstandene og noen på den andre. Tallene for områdene bygger på begge versjonene; tallene for hver påstand kommer bare fra dem som svarte på den versjonen.
bank-first = Første versjon av påstandene
bank-second = Andre versjon av påstandene
bank-first-result = Dette resultatet er laget med den første versjonen av Samspils påstander og vises med de samme påstandene.
org-column = Organisasjon

## Question bank 1 – Statement 1
statement-1 = Alle parter, også målgruppen, var med på å definere formålet med samarbeidet.
statement-1-action = Besøk en aktivitet der personer fra målgruppen allerede kommer, spør noen av dem hva de trenger, og ta med ordene deres uendret til neste partnermøte. Be om samtykket deres, og avtal hvordan de fortsatt kan være med og påvirke.

## Question bank 1 – Statement 2
statement-2 = Vi har skrevet ned ett felles mål som alle parter kan forklare.
statement-2-action = Be koordinatoren skrive et utkast til det felles målet i én setning innen fredag; hver part godkjenner eller retter det før neste møte.

## Question bank 1 – Statement 3
statement-3 = Hver part har sagt åpent hva den ønsker å få ut av partnerskapet.
statement-3-action = Hold en workshop på 60 minutter der hver part skriver ned hva den trenger å få ut av partnerskapet; drøft etterpå hva dere har felles.

## Question bank 1 – Statement 4
statement-4 = Frivillige, ideelle og andre ikke-offentlige parter har like mye å si om målene våre som de offentlige.
statement-4-action = La de ikke-offentlige partene legge fram det første utkastet til mål på neste møte; kommunen og de andre offentlige partene kommenterer etterpå.

## Question bank 1 – Statement 5
statement-5 = Vi har sjekket at målene våre er realistiske ut fra den tiden og de pengene vi har.
statement-5-action = La hver part skrive opp hvor mange timer og hvor mye penger den kan bidra med; sammenlign listen med målene på neste møte, og utsett de målene som ikke kan nås.

## Question bank 1 – Statement 6
statement-6 = Vi møtes med faste, jevnlige mellomrom – ikke bare når det oppstår problemer.
statement-6-action = Sett av faste møtedatoer for det neste halvåret i alle parters kalendere allerede denne uken.

## Question bank 1 – Statement 7
statement-7 = Vi har ett felles sted der alle parter finner den nyeste informasjonen.
statement-7-action = Velg én felles mappe eller kanal denne uken; koordinatoren flytter de aktuelle dokumentene dit og sender lenken til alle parter.

## Question bank 1 – Statement 8
statement-8 = Uenighet blir tatt opp åpent på møtene våre, ikke bare i gangen.
statement-8-action = Start neste møte med en runde på fem minutter der hver part nevner én ting som bekymrer den.

## Question bank 1 – Statement 9
statement-9 = Vi deler erfaringer fra hverdagen med hverandre, også mellom møtene.
statement-9-action = Start denne uken en månedlig e-post- eller chattråd der hver part deler én erfaring fra hverdagen.

## Question bank 1 – Statement 10
statement-10 = Etter hvert møte får alle parter et kort referat av hva som ble bestemt.
statement-10-action = Fra neste møte sender møtelederen tre linjer om beslutninger og ansvarlige til alle parter innen 24 timer.

## Question bank 1 – Statement 11
statement-11 = Rollene er skrevet ned – ikke bare avtalt muntlig.
statement-11-action = Skriv en samarbeidsavtale på én side om hvem som gjør hva, signer den på neste møte, og gå gjennom den hvert halvår.

## Question bank 1 – Statement 12
statement-12 = Vi har avtalt hvilken rolle hver part har: å peke på behov, utforme løsninger eller gjennomføre dem.
statement-12-action = Gå gjennom de tre rollene på neste møte – å peke på behov, utforme løsninger og gjennomføre dem – og skriv ned hvilken rolle hver part har.

## Question bank 1 – Statement 13
statement-13 = Vi vet hvem som kan ta hvilke beslutninger i partnerskapet.
statement-13-action = Lag innen to uker en enkel oversikt over hvem som bestemmer hva: hva styringsgruppen bestemmer, hva arbeidsgruppen bestemmer, og hvem som godkjenner utgifter.

## Question bank 1 – Statement 14
statement-14 = Hver part har sagt tydelig fra om hvor mye tid, hvor mange ansatte eller hvor mye penger den bidrar med.
statement-14-action = Be hver part opplyse koordinatoren innen utgangen av måneden om hva den bidrar med det neste halvåret: timer, penger, frivillige, lokaler eller kunnskap.

## Question bank 1 – Statement 15
statement-15 = En nøytral fasilitator leder den felles prosessen, slik at ingen part styrer den alene.
statement-15-action = Avtal innen en måned hvordan de neste to møtene skal ledes slik at ingen part styrer alene: to møteledere fra hver sin sektor, vekslende møteledelse eller en ekstern fasilitator som ikke selv er part.

## Question bank 1 – Statement 16
statement-16 = Vi avtalte målbare suksesskriterier da partnerskapet startet.
statement-16-action = Bli enige på neste møte om tre målbare suksesskriterier, hvert med et tall og en dato, og skriv dem inn i avtalen.

## Question bank 1 – Statement 17
statement-17 = Vi vurderer framdriften vår opp mot kriteriene på faste tidspunkter i løpet av året.
statement-17-action = Sett allerede nå to oppfølginger i kalenderen, én midtveis og én ved årets slutt, og bestem hvem som forbereder tallene.

## Question bank 1 – Statement 18
statement-18 = Målgruppen er med på å vurdere om partnerskapet gjør en forskjell.
statement-18-action = Før neste statusrapport: inviter tre personer fra målgruppen til en samtale på 45 minutter om hva som har endret seg for dem.

## Question bank 1 – Statement 19
statement-19 = Vi har endret minst én arbeidsmåte på bakgrunn av det vi har målt.
statement-19-action = Avslutt neste evalueringsmøte med å velge ett resultat og bestemme én konkret endring som skal være gjennomført til møtet etter.

## Question bank 1 – Statement 20
statement-20 = Vi rapporterer resultatene våre til ledelsen i alle partnerorganisasjonene.
statement-20-action = Send innen en måned en statusrapport på én side med tall til ledelsen i alle partnerorganisasjonene (for et lag eller en forening: styret); gjenta det hvert kvartal.

## Question bank 1 – Statement 21
statement-21 = Vi tilpasser aktivitetene våre når målgruppens behov endrer seg.
statement-21-action = Spør målgruppen og de ansatte som står den nærmest, hvordan behovene har endret seg; hold aktivitetsplanen opp mot svarene på neste møte.

## Question bank 1 – Statement 22
statement-22 = Vi prøver ut nye ideer i liten skala før vi tar dem i bruk i større skala.
statement-22-action = Velg én ny idé, og prøv den ut med en liten gruppe i fire uker før dere bestemmer dere for en bredere utrulling.

## Question bank 1 – Statement 23
statement-23 = Når noe mislykkes, snakker vi om hva vi har lært – ikke om hvem som har skylden.
statement-23-action = Hold etter neste tilbakeslag en gjennomgang på 30 minutter med tre spørsmål: Hva skjedde, hva lærte vi, og hva endrer vi?

## Question bank 1 – Statement 24
statement-24 = Når partenes interesser kolliderer, søker vi et kompromiss som alle kan godta.
statement-24-action = Lag på neste møte en liste over de åpne interessekonfliktene; la partene nevne hva de ikke kan gi slipp på i hver enkelt konflikt, og avtal et kompromiss som dere prøver ut i en måned.

## Question bank 1 – Statement 25
statement-25 = Vi har avtalt hvordan vi avslutter partnerskapet på en god måte hvis det ikke fungerer.
statement-25-action = Skriv før neste møte et kort utkast til en bestemmelse om uttreden: oppsigelsestid, hvem som beholder hva, og hvordan målgruppen blir informert.

## Question bank 1 – Statement 26
statement-26 = Vi har drøftet hva som skal videreføres når prosjektmidlene tar slutt.
statement-26-action = Sett «Hva fortsetter etter prosjektmidlene?» på dagsordenen til neste møte; hver part kommer med forslag til én aktivitet den kan videreføre.

## Question bank 1 – Statement 27
statement-27 = Vi drøfter forankring løpende gjennom hele forløpet, ikke bare mot slutten.
statement-27-action = Ta med forankring i gjennomgangene dere allerede har: Noter hver gang hvilke aktiviteter som har fått en framtidig ansvarlig, og hvilke som ikke har det ennå.

## Question bank 1 – Statement 28
statement-28 = Vi vet hvem som skal drive aktivitetene videre etter prosjektperioden.
statement-28-action = Utpek innen en måned en ansvarlig for hver aktivitet etter at prosjektet er avsluttet, og be hver ansvarlig bekrefte det skriftlig.

## Question bank 1 – Statement 29
statement-29 = Ledelsen i alle partnerorganisasjonene har sagt at den støtter at arbeidet videreføres.
statement-29-action = Inviter ledelsen i hver partnerorganisasjon til en orientering på 30 minutter dette kvartalet, og spør hva som skal til for at den kan støtte en videreføring.

## Question bank 1 – Statement 30
statement-30 = Vi har kartlagt hvor pengene til neste fase kan komme fra.
statement-30-action = Lag en liste over mulige finansieringskilder, for eksempel kommunens eget budsjett, stiftelser og statlige tilskuddsordninger, og fordel dem slik at én part kontakter hver kilde før neste møte.

## Areas (both banks) – goals
area-goals = Felles mål
area-goals-description = Om partene er enige om hva partnerskapet er til for, og vet hva hver av dem vil få ut av det.
area-goals-attention-1 = Ikke start nye aktiviteter på to uker (det innbyggerne allerede bruker, fortsetter), og bygg opp formålet fra grunnen av i et samskapingsverksted med alle parter, også menneskene som partnerskapet er til for.
area-goals-attention-2 = La en person utenfor partnerskapet som alle partene har tillit til, intervjue partene hver for seg denne måneden om forventningene deres, og legg fram forskjellene på et felles møte.
area-goals-developing-1 = Skriv det felles målet øverst på dagsordenen til alle møter de neste tre månedene.
area-goals-developing-2 = Vurder på neste møte om hvert mål fortsatt står i forhold til ressursene, og juster de målene som ikke gjør det.
area-goals-developing-3 = Spør menneskene som partnerskapet er til for, innen to måneder om formålet fortsatt svarer til behovene deres.
area-goals-strong-1 = Gå gjennom målene med alle parter én gang i året, også med nye parter.
area-goals-strong-2 = Gi hver ny part en kort innføring i formålet før den deltar på sitt første møte.
area-goals-question-1 = Hvilken del av formålet vårt beskriver vi ulikt?
area-goals-question-2 = Hva ville hver av oss kalle en suksess om ett år?

## Areas (both banks) – communication
area-communication = Kommunikasjon
area-communication-description = Hvordan informasjon, bekymringer og kunnskap flyter mellom partene.
area-communication-attention-1 = Utpek denne uken én koordinator som har ansvaret for at alle parter blir holdt orientert.
area-communication-attention-2 = Hold innen to uker et møte bare om hvordan vi kommuniserer: Hva virker, hva virker ikke, og hva prøver vi nå?
area-communication-developing-1 = Be alle parter etter de neste tre møtene vurdere på en skala fra 1 til 5 om de følte seg hørt, og drøft svarene.
area-communication-developing-2 = Sett av et uformelt treff, for eksempel en felles lunsj, i kalenderen én gang i kvartalet.
area-communication-strong-1 = Hold fast ved møteplanen også i travle perioder: flytt møter i stedet for å avlyse dem.
area-communication-strong-2 = La partene bytte på å lede møtene, slik at kommunikasjonen ikke avhenger av én person.
area-communication-question-1 = Hvilken informasjon får noen parter senere enn andre?
area-communication-question-2 = Hva er vanskelig å si høyt på møtene våre – og hvorfor?

## Areas (both banks) – roles
area-roles = Roller og ansvar
area-roles-description = Hvem som gjør hva, hvem som bestemmer, og hva hver part bidrar med.
area-roles-attention-1 = Gå gjennom alle oppgaver på et møte innen to uker, og før opp én ansvarlig for hver.
area-roles-attention-2 = Avklar skriftlig hvem som bestemmer over penger, ansatte og aktiviteter, før nye aktiviteter settes i gang.
area-roles-developing-1 = Sammenlign den skrevne rollefordelingen med det som faktisk skjer, og oppdater den på neste møte.
area-roles-developing-2 = Avtal i løpet av neste måned minst én oppgave der de frivillige organisasjonene og de andre ikke-offentlige partene selv tar beslutningen.
area-roles-strong-1 = Gå gjennom rollene hvert halvår, og alltid når en part kommer til eller trer ut.
area-roles-strong-2 = Skriv et kort overleveringsnotat for hver rolle, slik at arbeidet kan fortsette når det kommer nye ansatte.
area-roles-question-1 = Hvilken oppgave tror hver av oss at noen andre har ansvaret for?
area-roles-question-2 = Hvor opplever de ikke-offentlige partene å bli hørt i stedet for å være med på å bestemme?

## Areas (both banks) – evaluation
area-evaluation = Evaluering
area-evaluation-description = Hvordan vi måler framdrift og lærer av det resultatene viser.
area-evaluation-attention-1 = Avtal denne måneden to eller tre enkle målepunkter som dere kan begynne å følge med det samme, selv om de ikke er perfekte.
area-evaluation-attention-2 = Utpek én part til å ha ansvaret for evalueringen, og sett av timer til oppgaven i neste måneds planlegging.
area-evaluation-developing-1 = Sett av 20 minutter på hvert andre møte til å se på tallene sammen.
area-evaluation-developing-2 = La menneskene som partnerskapet er til for, gi sin egen vurdering i neste evaluering, for eksempel i korte intervjuer.
area-evaluation-strong-1 = Publiser en kort årlig oppsummering av resultatene som andre kan lære av.
area-evaluation-strong-2 = Del evalueringsmetoden deres med andre kommuner eller partnerskap som arbeider med lignende oppgaver.
area-evaluation-question-1 = Hva skal til for å overbevise hver av oss om at partnerskapet virker?
area-evaluation-question-2 = Hvis vurdering av resultatene veier tyngst i dag – og bør det være slik?

## Areas (both banks) – flexibility
area-flexibility = Fleksibilitet
area-flexibility-description = Hvor godt partnerskapet tilpasser seg når behov eller rammer endrer seg.
area-flexibility-attention-1 = Finn på neste møte én ting i planen som ikke lenger passer, og avtal hvordan den skal endres.
area-flexibility-attention-2 = Skriv innen en måned inn i avtalen hvordan endringer i planen besluttes, og hvem som må godkjenne dem.
area-flexibility-developing-1 = Planlegg en kort gjennomgang av planen hvert kvartal der alle parter kan foreslå endringer.
area-flexibility-developing-2 = Gjennomfør ett lite forsøk i løpet av de neste tre månedene, og evaluer det åpent etterpå.
area-flexibility-strong-1 = Før en enkel logg over endringer og begrunnelsene for dem, som nye parter kan lese.
area-flexibility-strong-2 = Fortell andre kommuner og nettverk om tilpasningene som virket.
area-flexibility-question-1 = Hva var den siste endringen vi gjorde, og hvordan bestemte vi den?
area-flexibility-question-2 = Hva skal til for at vi legger om eller avslutter partnerskapet?

## Areas (both banks) – anchoring
area-anchoring = Forankring
area-anchoring-description = Hva som lever videre på lang sikt, og hvem som bærer det.
area-anchoring-attention-1 = Hold innen en måned et møte bare om hva som skal fortsette på lang sikt, og hvem som kan bære det.
area-anchoring-attention-2 = Kartlegg hvilke aktiviteter som avhenger av tidsbegrensede midler, og hvilke partene kan bære innenfor ordinære budsjetter og ordinært arbeid, uten å flytte ansattes oppgaver over på frivillige.
area-anchoring-developing-1 = Skriv en forankringsplan på én side med ansvarlige og datoer, og følg den opp hvert kvartal.
area-anchoring-developing-2 = Fortell offentligheten og lokalpolitikerne hva partnerskapet får til, for eksempel i en kort årlig oppsummering eller på et utvalgsmøte.
area-anchoring-strong-1 = Prøv ut forankringsplanen nå: la den som skal overta en aktivitet, drive den på egen hånd i en måned.
area-anchoring-strong-2 = Samle metoder og kontakter i en kort håndbok som blir igjen når prosjektmedarbeiderne slutter.
area-anchoring-question-1 = Hvilken aktivitet ville stoppet først hvis én part, én person eller én inntektskilde falt bort?
area-anchoring-question-2 = Hvem av oss regner med at en annen fører arbeidet videre?

## Question bank 2 – Shared goals
statement-31 = Partene er enige om hvorfor denne oppgaven krever et partnerskap.
statement-31-action = La hver part fullføre setningen «Uten dette partnerskapet kunne vi ikke …» på neste møte; skriv svarene ned på én side, og legg den ved avtalen.
statement-32 = Jeg kan forklare det felles målet vårt med to setninger for noen i min egen organisasjon.
statement-32-action = La hver part formulere det felles målet med to setninger, hver for seg, på neste møte; sammenlign versjonene, og bli enige om én formulering som dere skriver ned.
statement-33 = Hver part har sagt åpent hva den ønsker å få ut av partnerskapet.
statement-33-action = Sett av 60 minutter til en runde der hver part forteller hva den trenger å få ut av partnerskapet; skriv behovene ned ved siden av det felles målet, og la forskjellene være synlige.
statement-34 = Organisasjonen eller gruppen min får så mye ut av partnerskapet at det veier opp for det vi legger inn.
statement-34-action = La hver part skrive ned hva den legger inn, og hva den får ut, i penger og på andre måter, før neste møte; drøft sammen hvor balansen er skjev, og hva som kan rette den opp.
statement-35 = Vi har sjekket at målene våre står i forhold til den tiden og de ressursene partene har.
statement-35-action = La hver part skrive opp hva den kan bidra med det neste halvåret: arbeidstid, frivillige, lokaler, kunnskap eller penger. Sammenlign listene med målene på neste møte, og utsett de målene som ikke passer.
statement-36 = Menneskene som partnerskapet er til for, var med på å beskrive behovet vi arbeider med.
statement-36-action = Besøk innen en måned en aktivitet der menneskene som partnerskapet er til for, allerede kommer; spør noen av dem hva de trenger, bring ordene deres uendret videre til partnerskapet, og avtal hvordan de fortsatt kan være med og påvirke. Be om samtykket deres, og tilby noe til gjengjeld for tiden de bruker.

## Question bank 2 – Communication
statement-37 = Møtene i partnerskapet følger en fast møteplan.
statement-37-action = Sett av faste møtedatoer for det neste halvåret allerede denne uken, og send dem til alle parter.
statement-38 = Møtene våre holdes på tidspunkter som passer for dem som deltar ulønnet, for eksempel frivillige.
statement-38-action = Spør dem som deltar ulønnet, hvilke tidspunkter som passer for dem; flytt minst annethvert møte til et slikt tidspunkt, eller la dem delta digitalt.
statement-39 = Alle parter, også de frivillige, har tilgang til stedet der de felles dokumentene våre ligger.
statement-39-action = Sjekk denne uken at alle parter får åpnet den felles mappen eller kanalen; hvis systemet til én part stenger de andre ute, velg et sted som alle kan bruke innenfor personvernreglene.
statement-40 = Jeg opplever at jeg fritt kan si meg uenig på møtene våre.
statement-40-action = Start neste møte med anonyme lapper: Hver part skriver ned én bekymring, møtelederen leser dem opp, og gruppen velger én å drøfte. Gjenta dette til det føles trygt å ta en muntlig runde.
statement-41 = Vi kjenner hverandres rammer, for eksempel kommunens regelverk og hvordan de ulønnede styrene i de frivillige organisasjonene tar beslutninger.
statement-41-action = Gi hver part ti minutter på neste møte til å forklare hvordan beslutninger tas i egen organisasjon, hvor lang tid det tar, og hva den ikke kan gjøre.
statement-42 = De frivillige organisasjonene kan kritisere kommunen offentlig uten å frykte for tilskuddene sine.
statement-42-action = Skriv inn i avtalen at de frivillige organisasjonene beholder retten til å uttale seg offentlig, også kritisk, og at tilskudd avgjøres etter kriteriene i tilskuddsordningen, ikke etter hva organisasjonene sier offentlig; la kommunen bekrefte dette på neste møte.

## Question bank 2 – Roles and tasks
statement-43 = Hver parts oppgaver er skrevet ned et sted der alle parter kan finne dem.
statement-43-action = Skriv en oversikt på én side over hvem som gjør hva, legg den der alle parter kan finne den, og gå gjennom den hver gang en part kommer til eller trer ut.
statement-44 = Partene gjør det de har lovet, innen den tiden de har lovet.
statement-44-action = Avslutt hvert møte med å lese opp hvem som har lovet hva innen når; start det neste møtet med å bruke to minutter på å gå gjennom løftene, uten å fordele skyld.
statement-45 = Jeg vet hvem som bestemmer hva i partnerskapet.
statement-45-action = Lag innen to uker en enkel oversikt over hvem som bestemmer hva: hva partene bestemmer sammen, hva hver organisasjon bestemmer alene, og hvem som godkjenner utgifter.
statement-46 = Partene tar de viktige beslutningene sammen.
statement-46-action = Send neste viktige sak til alle parter to uker før den skal avgjøres, og la en ikke-offentlig part forberede den sammen med kommunen.
statement-47 = Hver frivillig organisasjon bestemmer selv hvilke oppgaver den tar på seg i partnerskapet.
statement-47-action = La hver frivillig organisasjon fortelle på neste møte hvilke oppgaver den vil påta seg og hvilke den ikke vil påta seg; skriv valget inn i avtalen.
statement-48 = Vi har avtalt hvilke oppgaver de frivillige gjør, og hvilke som ligger hos de ansatte.
statement-48-action = Lag innen en måned en liste over oppgavene i aktiviteten, og merk hver av dem som de frivilliges, de ansattes eller felles; gå gjennom listen med de frivillige og de ansattes tillitsvalgte.
statement-49 = Noen har fått avsatt arbeidstid til å koordinere partnerskapet.
statement-49-action = Avtal hvem som koordinerer, og hvor mange timer i måneden det krever; hvis ingen har tid, bestem hvilken part som betaler for det, eller la partene ta oppgaven på omgang.

## Question bank 2 – Evaluation
statement-50 = Vi har avtalt hvordan vi skal kunne se om partnerskapet lykkes.
statement-50-action = Bli enige på neste møte om to eller tre tegn på at dere lykkes, hvorav minst ett er beskrevet av menneskene som partnerskapet er til for, og skriv ned hvordan dere skal merke hvert av dem.
statement-51 = Menneskene som partnerskapet er til for, er med på å vurdere om det gjør en forskjell.
statement-51-action = Før neste statusrapport: snakk med tre av menneskene som partnerskapet er til for, om hva som har endret seg for dem – gjerne der de allerede er, for eksempel på aktiviteten – og ta med ordene deres til møtet.
statement-52 = Vi ser på framdriften vår sammen på faste tidspunkter i løpet av året.
statement-52-action = Sett allerede nå to gjennomganger av framdriften i kalenderen, én midtveis og én ved årets slutt, og bestem hvem som forbereder dem.
statement-53 = Det siste året har vi endret en arbeidsmåte på bakgrunn av det resultatene våre viste.
statement-53-action = Avslutt neste evalueringsmøte med å velge ett resultat og bestemme én konkret endring som skal være gjennomført til møtet etter.
statement-54 = Resultatene våre når fram til beslutningstakerne hos hver part, for eksempel styret i en frivillig organisasjon eller det ansvarlige utvalget i kommunen.
statement-54-action = Send innen en måned en statusrapport på én side til beslutningstakerne hos hver part – styret i en frivillig organisasjon, ansvarlig leder eller utvalg i kommunen – og gjenta det hvert halvår.
statement-55 = Aktivitetene gjør en merkbar forskjell for menneskene som partnerskapet er til for.
statement-55-action = Spør menneskene som partnerskapet er til for, hvilken forskjell de merker; hvis de merker lite, drøft på neste møte hva som bør endres eller avsluttes.

## Question bank 2 – Flexibility
statement-56 = Det siste året har vi endret en aktivitet på bakgrunn av tilbakemeldinger fra dem som bruker den.
statement-56-action = Spør dem som bruker aktiviteten, og de ansatte og frivillige som står dem nærmest, hva som bør endres; hold aktivitetsplanen opp mot svarene på neste møte.
statement-57 = Det siste året har vi prøvd ut en ny idé i liten skala før vi tok stilling til den.
statement-57-action = Velg én ny idé, og prøv den ut med en liten gruppe i fire uker før dere bestemmer om dere skal fortsette.
statement-58 = På møtene våre er det rom for å snakke om det som ikke har fungert.
statement-58-action = Sett av et fast punkt på 15 minutter på annethvert møte: Hva fungerte ikke, hva lærte vi, og hva endrer vi? Snakk om hva som skjedde, ikke om hvem.
statement-59 = Før vi bestemmer noe, kan hver part si hva den ikke kan godta.
statement-59-action = La hver part si fra om hva den ikke kan godta, før dere tar neste viktige beslutning; skriv det ned, og sjekk beslutningen opp mot det.
statement-60 = Vi har avtalt hvordan endringer i planen vår besluttes.
statement-60-action = Skriv innen en måned inn i avtalen hvem som kan foreslå en endring i planen, hvem som må godkjenne den, og hvordan de andre partene får beskjed.
statement-61 = Vi har avtalt hvem som hjelper oss når partene ikke blir enige.
statement-61-action = Avtal på neste møte hvem dere kan vende dere til når dere ikke blir enige: to møteledere fra hver sin sektor, en person utenfor partnerskapet som alle har tillit til, eller en ekstern fasilitator.

## Question bank 2 – Anchoring
statement-62 = Vi har avtalt hvordan vi avslutter partnerskapet på en god måte hvis det ikke fungerer.
statement-62-action = Skriv før neste møte et kort utkast til en bestemmelse om uttreden: oppsigelsestid, hvem som beholder hva, og hvordan de som bruker aktivitetene, blir informert.
statement-63 = Vi har avtalt hva de som bruker en aktivitet, skal få tilbud om hvis den tar slutt.
statement-63-action = For hver aktivitet som drives av frivillige: avtal hva de som bruker den, skal få tilbud om hvis den tar slutt, og hvem som gir dem beskjed.
statement-64 = Det er avtalt hvem som skal holde hver aktivitet i gang på lang sikt.
statement-64-action = Utpek innen en måned en ansvarlig for hver aktivitet for tiden etter den nåværende perioden, og be hver ansvarlig bekrefte det skriftlig.
statement-65 = Beslutningstakerne hos hver part, for eksempel styret i en frivillig organisasjon eller det ansvarlige utvalget i kommunen, har sagt at de støtter at arbeidet videreføres.
statement-65-action = Gi beslutningstakerne hos hver part en orientering i løpet av dette kvartalet – det ansvarlige utvalget i kommunen, styret i en frivillig organisasjon – og spør hva som skal til for at de kan støtte en videreføring.
statement-66 = Ansatte som møter innbyggere i det daglige arbeidet, viser folk videre til aktivitetene.
statement-66-action = Besøk innen to måneder én gruppe ansatte i førstelinjen, for eksempel i hjemmetjenesten eller på Nav-kontoret, og gå gjennom med dem hvordan de kan vise folk videre til aktivitetene.
statement-67 = For hver aktivitet er det minst to personer som kan drive den.
statement-67-action = Finn én person til for hver aktivitet som i dag drives av én person alene, og la de to drive den sammen de neste tre månedene; skriv ned hvordan aktiviteten drives.
statement-68 = Vi vet hvordan arbeidet skal finansieres de kommende årene.
statement-68-action = Lag en liste over mulige finansieringskilder – partenes egne budsjetter, kommunale tilskudd, private stiftelser og statlige tilskuddsordninger – og fordel dem slik at én part undersøker hver kilde før neste møte.

## Team view – Facilitator guide (the printable guide-nb.html, linked from the team view)
# Added for the facilitator guide; keep this block at the end of the file.
guide-link = Slik holder dere møtet
## Issue 27 – Parter, anonymitet og "hvor dere ser ulikt" (lagt til med teamreglene; hold dem sist)
partner-gap = Forskjell mellom parter: { $higher } vurderer det { $gap } trinn høyere enn { $lower }.
partner-gap-anon = To parters gjennomsnitt ligger minst { $gap } trinn fra hverandre.
differ-possible = Mulig forskjell (få svar bak)
figure-equal = Teamets tall vekter partene likt: hver part teller én gang, uansett hvor mange den har sendt.
figure-one = Teamets tall er gjennomsnittet av alle: det er bare én part.
figure-small = Teamets tall er gjennomsnittet av alle: en part har sendt for få personer (2 i full visning, 3 i anonym visning) til å telle som en hel part.
figure-unmapped = Teamets tall er gjennomsnittet av alle: noen hører ikke til noen part. Velg parten deres for å vekte partene likt.
concern-title = Én parts bekymring
concern-intro = Viktige påstander som den eneste besvarelsen fra en part ga 1. Ta dem opp i møtet på en måte parten går med på.
dyad-title = De to partene side om side
dyad-intro = Påstander der de to partenes gjennomsnitt ligger 2 trinn eller mer fra hverandre.
dyad-none = De to partene ligger mindre enn 2 trinn fra hverandre på alle påstander.
summary-refused-few = Et sammendrag til referatet krever minst 5 besvarelser: med færre ville tallene peke ut enkeltpersoner.
summary-refused-small = Et sammendrag til referatet krever minst 8 besvarelser når en part har sendt færre enn 3: ellers kunne den partens svar regnes ut.
partners-title = Parter
partners-intro = Velg hver persons part: organisasjonen personen hører til. En person uten part teller med i gjennomsnittet av alle, aldri som en egen part.
partner-none = Ingen part
differ-both-anon = Svar i begge ender av skalaen: minst en femtedel av svarene er 1–2 og minst en femtedel 4–5.
col-statement = Påstand
partner-of = Part for { $name }
partner-new-label = Navn på en ny part (en organisasjon)
partner-add = Legg til part
partners-damaged = Partene i denne lenken kunne ikke leses: de hentes i stedet fra svarene. Ingenting annet går tapt.
partners-unmapped = Noen hører ikke til noen part: de teller bare med i gjennomsnittet av alle. Velg parten deres nedenfor.
team-small = Med én eller to personer er det ingen spredning i teamet: les tallene som hver persons eget bilde. Den anonyme visningen og sammendraget til referatet viser ingen tall for færre enn 3 personer.
## Team view – Meeting display and files (issue 30; keep this block at the end)
file-respondent = Besvarelse
file-sector = Sektor
file-date = Dato
file-language = Språk
file-area = Område
file-statement-no = Påstand nr.
file-statement = Påstand
file-answer = Svar
file-action-no = Nr.
file-action = Tiltak
file-status = Status
file-partnership = Partnerskap
export-plan-csv = Last ned planen som CSV
calendar-left-out = Ikke med i kalenderfilen, fordi de ennå ikke har noen frist: { $n }. Gi dem en frist for å få dem med.
calendar-reminder = Frist om en uke
meeting-agreed-title = Vårt felles syn per område
meeting-agreed-count = Felles syn notert: { $n } av 6 områder.
meeting-trend = Sist: { $score } av 100.
meeting-items = Vist: { $from }–{ $to } av { $n }.
meeting-hint-touch = På en berøringsskjerm: sveip til siden.
agreed-score = Felles poengsum
agreed-score-for = Felles poengsum for { $area } (0–100)
agreed-disagree = Vi er uenige
agreed-note = Notat
agreed-note-for = Notat om { $area }
agreed-date = Møtets dato
agreed-none = Ikke notert
minutes-title = Referat
minutes-anonymous = Anonym visning: ingen enkeltpersoners svar, navn, organisasjoner eller sektorer og ingen tall som bygger på færre enn 3 personer.
# ── Overlevering (issue 29): tekster lagt til i arbeidet med overleveringen. Nye nøkler skrives her. ──

## Interface – Damaged links (hand-off)
err-no-answers = Adressen viser til en side i Samspil, men inneholder ingen svar, så den viser ikke noens resultat. En resultatlenke inneholder svarene: Be avsenderen om lenken under «Del resultatet».

## Interface – Results (hand-off)
unanswered-title = Noen påstander er ikke besvart
unanswered-body = { $n } av { $total } påstander har ikke noe svar. Resultatet bygger bare på dem du har besvart. Du kan gå tilbake til de andre eller beholde resultatet som det er.
unanswered-back = Svar på de resterende påstandene

## Interface – Start view (hand-off)
invited-title = Du er invitert til å ta helsesjekken
invited-name = Partnerskap: { $name }
invited-by = Svar innen { $date }.
invited-facilitator = Resultatet ditt skal sendes til fasilitatoren, { $name }.
open-in-tab = Åpne i en ny fane
date-numeric = { $d }.{ $m }.{ $y }

## Interface – Results (hand-off), sending
handoff-title = Send resultatet til fasilitatoren
handoff-intro = Lenken inneholder svarene dine. Send den bare til fasilitatoren. Jobber fasilitatoren i et offentlig organ, kan en e-post bli et offentlig dokument etter offentleglova: Det tryggeste er å vise fasilitatoren QR-koden under «Del resultatet» på møtet.
handoff-send = Send til fasilitatoren
handoff-send-to = Send til { $name }
handoff-link = Lenken din til fasilitatoren
handoff-subject = Resultatet mitt fra Samspil: { $name }
handoff-subject-plain = Resultatet mitt fra Samspil
handoff-message = Her er lenken til resultatet mitt fra Samspils helsesjekk. Den inneholder svarene mine, så bruk den bare til det samlede bildet.

## Team view – Invitations (hand-off)
invite-partners = Inviter partene
invite-partners-title = Inviter partene
invite-partners-intro = Én lenke til alle parter: Den åpner helsesjekken med partnerskapets navn fylt inn, og forteller når de skal svare og hvem de skal sende resultatet til. Lenken inneholder ingen svar.
invite-by = Svarfrist (valgfritt)
invite-facilitator = Navnet ditt (valgfritt)
invite-email = E-postadressen din (valgfritt)
invite-email-hint = Partenes «Send til fasilitatoren» skriver til denne adressen. I et offentlig organ kan e-post du mottar, bli offentlige dokumenter; er du i tvil, så la adressen stå tom og samle inn resultatene på møtet.
invite-email-bad = Dette er ikke en e-postadresse Samspil kan bruke. Skriv den som navn@eksempel.no.
invite-link = Invitasjonslenke
invite-link-qr = QR-kode for invitasjonen

# Where you differ: statements with too few answers for "both ends" (issue 27)
differ-few = Færre enn 6 svar, for få til å kalle det uenighet: noen svarte 1–2 der andre svarte 4–5, på påstand {$list}. Spør om det i møtet.
compare-partners-changed = Partene er ikke de samme i de to rundene (kommet til: { $joined }; falt fra: { $left }), så ingen endring kalles tydelig: den kan skyldes hvem som svarte, ikke partnerskapet.

## Team view – Findings on paper (the team page loads them as they come near the screen)

findings-print-note = «Der dere ser ulikt på ting» og «Dette kan teamet gjøre nå» er ikke med på siden ennå: lukk utskriften, bla ned til dem og skriv ut på nytt, eller skriv ut med Ctrl+P.
## Team view – Rounds over time (issue 31)
rounds-title = Runder over tid
rounds-intro = Teamlenken tar med seg tallene fra partnerskapets tidligere runder, aldri noens svar, så den siste lenken rommer hele historikken. Lim inn teamlenken fra forrige runde her for å legge den til.
rounds-label = Teamlenken fra forrige runde
rounds-button = Legg til forrige runde
rounds-added = Runden fra { $date } ({ $people } personer) er lagt til i historikken. Kopier teamlenken nedenfor for å ta vare på den.
rounds-earlier-damaged = Dens egne tidligere runder kunne ikke leses og er ikke med.
rounds-not-team = Ingen teamlenke ble funnet i teksten. Lim inn teamlenken fra forrige runde.
rounds-damaged = De tidligere rundene i denne lenken kunne ikke leses ({ $reason }). Denne runden åpnes som vanlig. Lim inn teamlenken fra forrige runde igjen for å bygge opp historikken.
rounds-no-partner = Ingen part
rounds-now = Denne runden ({ $date })
rounds-older = { $count } eldre runder, { $from } til { $to } (laveste–høyeste)
rounds-future = Runden fra { $date } er datert etter i dag: datoen kan være feil.
rounds-order = Runden fra { $date } er datert før runden over den.
rounds-bank = Fra runden { $date } svarte teamet på en annen versjon av påstandene: tall per område før og etter sammenlignes ikke.
rounds-chart = Teamets tall per område, ett punkt per runde, den eldste til venstre. Linjen er brutt der versjonen av påstandene ble byttet.
rounds-caption = Teamets tall per område i hver runde, med antall personer og partene
rounds-col-round = Runde
rounds-col-people = Personer
rounds-change-title = Endring siden runden fra { $date }
rounds-other-bank = De to rundene brukte ulike versjoner av påstandene: andre påstander er ingen endring, så ingen endring per område gis.
rounds-other-bank-cell = annen versjon av påstandene
rounds-matched = Partene er ikke de samme i de to rundene (kommet til: { $joined }; falt fra: { $left }). Endringen regnes bare ut fra partene som var med begge gangene, og de teller like mye.
rounds-too-small = kan ikke sammenlignes: en part hadde færre enn 3 personer
rounds-clear = tydelig endring
rounds-rule = En endring kalles tydelig bare når den er minst 10 poeng og minst to ganger standardfeilen sin, regnet ut fra begge rundenes spredning og antall personer, med minst 5 personer hver gang.
rounds-carry = Ta med i den nye planen
rounds-carried = Med i den nye planen, med sin ansvarlige.
recent-title = Team på denne enheten
recent-intro = Den siste teamlenken for hvert partnerskap lagres bare på denne enheten og sendes aldri noe sted. Åpne en for å starte neste runde, eller fjern det du ikke lenger trenger.
recent-item = { $name }, lagret { $date }
recent-open = Åpne { $name }
recent-remove = Fjern { $name }
recent-unnamed = Team uten navn
recent-kept = Dette teamet lagres på denne enheten som partnerskapets siste (sendes aldri). Du kan fjerne det under "Team på denne enheten" på den tomme teamsiden.
## Team view – Collecting in the room (hand-off, issue 29)
scan-open = Skann QR-koder med resultater
scan-title = Skann partenes resultater
scan-intro = Hver part åpner resultatet sitt på telefonen og holder QR-koden under «Del resultatet» opp foran dette kameraet. Hvert resultat legges til i teamet, slik som når en lenke limes inn. Kameraets bilde blir i denne nettleseren.
scan-video = Kameraets bilde
scan-waiting = Kameraet er på. Hold et resultats QR-kode foran det.
scan-read = QR-kode { $n }: { $outcome }
scan-no-result = Denne QR-koden inneholder ikke noe resultat fra Samspil.
scan-refused = Samspil får ikke bruke kameraet. Tillat kameraet for denne siden i nettleserens innstillinger og prøv igjen, eller lim inn partenes lenker i feltet over.
scan-missing = Fant ikke noe kamera. Lim inn partenes lenker i feltet over i stedet.
scan-failed = Kameraet kunne ikke startes: Et annet program bruker det kanskje. Prøv igjen, eller lim inn partenes lenker i feltet over.
scan-to-paste = Gå til feltet for lenker
scan-retry = Prøv kameraet igjen
respondents-missing = Ennå ikke noe resultat fra: { $names }
