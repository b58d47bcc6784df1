# Samspil – danske tekster.
# One message per text. Keys are the same in every language file; `{ $name }` is a
# value Samspil fills in and must stay as it is. Check with
# `cargo test --test texts`; see the README's "Translate Samspil".


## Interface
app-name = Samspil
tagline = Sundhedstjek af jeres partnerskab

## Interface – Header and footer
language = Sprog
saved-on-device = Gemt på denne enhed
footer-privacy = Samspil kører helt i din browser. Ingen cookies, ingen sporing, intet sendes videre.
notice-storage-unavailable = Browseren lader ikke Samspil gemme på enheden. Dine svar ligger i denne fane og i dens adresse, til du lukker den.
notice-storage-embedded = Når Samspil vises inde i en anden hjemmeside, må browseren ikke gemme dine svar. De bevares, så længe siden er åben. Åbn Samspil i et nyt faneblad for at gemme dem på enheden.
notice-bad-options = Sidens indstillinger for Samspil indeholdt værdier, der blev ignoreret: { $names }. Samspil virker som normalt.
notice-storage-corrupt = Gemte svar på denne enhed kunne ikke læses og er slettet. Du kan begynde forfra.
notice-host-options = Adressen indeholdt indstillinger til Samspil på en anden hjemmeside ({ $names }). De gælder ikke på Samspils egen side og er ikke brugt.
notice-other-answers = Denne adresse indeholder andre svar end dem, der er gemt på enheden. Dine gemte svar er bevaret. Svarene fra adressen vises nedenfor som et delt resultat.
notice-updated-elsewhere = Dine svar blev ændret i en anden fane eller et andet vindue. Denne fane viser nu de nyeste svar.

## Interface – Start view
start-title = Hvor sundt er jeres partnerskab?
start-intro = Samspil er et sundhedstjek for samarbejder mellem kommune, frivilligcenter, foreninger, virksomheder og borgere. Du tager stilling til { $n } udsagn om seks områder: fælles mål, kommunikation, roller og ansvar, evaluering, fleksibilitet og forankring. Bagefter får du et overblik over, hvor samarbejdet står stærkt, og konkrete forslag, du kan tage med til næste møde.
start-time = Det tager omkring 10 minutter. Du kan springe ethvert udsagn over.
privacy = Dine svar bliver i denne browser. Intet sendes til nogen server.
about-you = Om dig (valgfrit)
sector-label = Hvilken type aktør repræsenterer du?
sector-none = Vil ikke oplyse
sector-municipality = Kommune eller region
sector-volunteer = Frivilligcenter eller forening
sector-company = Virksomhed
sector-foundation = Fond
sector-citizen = Borger
sector-other = Andet
label-label = Partnerskabets navn
label-hint = Højst 40 tegn. Navnet vises sammen med dit resultat.
start-button = Start tjekket
resume-title = Velkommen tilbage
resume-body = Du er i gang med en besvarelse på denne enhed: { $n } af { $total } udsagn er besvaret.
resume-continue = Fortsæt, hvor jeg slap
start-over = Begynd forfra

## Interface – Questionnaire
progress = Fremskridt
step-of = Trin { $k } af { $total }
answered-of = { $n } af { $total } udsagn besvaret
scale-1 = Helt uenig
scale-2 = Uenig
scale-3 = Hverken enig eller uenig
scale-4 = Enig
scale-5 = Helt enig
dont-know = Ved ikke
not-relevant = Ikke relevant for os
back = Tilbage
next = Næste
see-results = Se resultatet
to-start = Til forsiden

## Interface – Results
results-title = Dit billede af partnerskabet
shared-title = Et delt resultat
overall = Samlet resultat: { $score } af 100 – { $band }.
overall-weakest = Svageste område: { $area }.
overall-no-weakest = Intet enkelt område skiller sig ud som det svageste.
overall-capped = Niveauet er sat ned, så det højst ligger ét niveau over det svageste område: et partnerskab med ét område i krise kaldes ikke stærkt.
overall-gaps = Informationshul: { $areas }. De fleste svar dér var »ved ikke«.
overall-none = Et samlet tal kræver en score i mindst 5 af de 6 områder. Et område får en score, når mindst tre af dets udsagn er besvaret på skalaen.
weakest-note = Det samlede tal er gennemsnittet af områderne; et område nævnes som det svageste, når det ligger mindst 5 point under alle de andre.
band-needs-attention = kræver opmærksomhed
band-developing = under udvikling
band-strong = stærkt
bands-explained = Kræver opmærksomhed: under 40 · Under udvikling: 40–69 · Stærkt: 70 og derover
not-enough = for få svar
radar-title = De seks områder
radar-desc = Radardiagram med de seks områders score fra 0 til 100. De samme tal står i tabellen nedenfor.
start-here = Tag med til næste møde
start-here-intro = Ét menneskes svar kan ikke afgøre, hvad partnerskabet skal gøre. Her er, hvad du kan tage op med de andre parter – de alvorligste svar først.
action-gap = Find ud af, hvad partnerskabet ikke ved om { $area }: spørg hver part, hvilke af udsagnene de ikke kunne vurdere, og aftal, hvem der tager de manglende oplysninger med til næste møde.
action-clarify = Afklar { $area }: de fleste svar var »hverken enig eller uenig« eller »ved ikke«. Gå udsagnene igennem ét ad gangen på næste møde, og spørg, hvad der skulle til, for at hver part svarede ja eller nej.
more-actions = Også værd at gøre
no-actions = Besvar flere udsagn for at få forslag til handlinger.
see-area = Se området { $area }
table-caption = Score pr. område
col-area = Område
col-score = Score (0–100)
col-band = Niveau
col-answered = Besvaret
col-dont-know = Ved ikke
col-not-relevant = Ikke relevant
details-title = Svarene område for område
not-answered = Ikke besvaret
dont-know-finding = { $n } × »ved ikke«. Mange »ved ikke«-svar siger noget i sig selv: Hvem kender svaret?
change-answers = Ret mine svar

## Interface – Sharing
share-title = Del resultatet
share-intro = Linket rummer dine svar. Alle med linket kan se dette resultat; det gemmes ingen andre steder. Send det kun til facilitatoren, ikke i en fælles chat: så kan facilitatoren samle alles links i ét samlet overblik, uden at de andre ser dine svar.
result-link = Link til resultatet
copy-link = Kopiér link
copied = Linket er kopieret
copy-failed = Kunne ikke kopiere. Markér linket, og kopiér det selv.
qr-title = QR-kode med linket
qr-too-long = Linket er for langt til en QR-kode, som telefoner kan læse sikkert. Kopiér linket, og send det i stedet.
print = Udskriv
download-radar = Hent radardiagrammet (SVG)

## Interface – Shared result
shared-about = Om besvarelsen
shared-label = Partnerskab
shared-sector = Sektor
shared-date = Dato
not-given = Ikke oplyst
take-check = Tag selv tjekket

## Interface – Damaged links
link-error-title = Linket kan ikke åbnes
err-not-found = Adressen indeholder ikke et Samspil-resultat.
err-bad-character = Linket indeholder et tegn, der ikke hører til. Det er sandsynligvis blevet ændret, da det blev kopieret.
err-bad-length = Linket er for kort eller for langt. Det er sandsynligvis blevet afkortet, da det blev sendt.
err-bad-checksum = Linket er ændret eller afkortet, så svarene i det kan ikke bruges.
err-unknown-version = Linket er lavet af en nyere version af Samspil. Genindlæs siden for at få den nyeste version.
err-out-of-range = Linket indeholder værdier, som Samspil ikke kender.
err-wrong-kind = Det er et teamlink, hvor der skulle være et resultatlink, eller omvendt.
err-summary-only = Det er et resumé til referatet: det rummer ingen enkeltpersoners svar og kan ikke føjes til et team. Åbn det for at se teamets tal.
link-error-help = Bed afsenderen om et nyt link, eller tag dit eget tjek. Dine egne svar på denne enhed er ikke berørt.
start-fresh = Gå til forsiden
panic-title = Noget gik galt
panic-body = Samspil stødte på en fejl. Dine svar er gemt i linket og på denne enhed. Genindlæs siden for at fortsætte, hvor du slap.
panic-reload = Genindlæs siden

## Team view
team-title = Det samlede billede
team-intro = Saml alle parters resultatlinks i ét samlet overblik: hvor I er enige, hvor I ser forskelligt på tingene, og hvad I kan gøre nu. Alt bliver i denne browser.
open-team = Samler du teamets links? Åbn teamvisningen

## Team view – Adding links
add-title = Tilføj resultatlinks
add-label = Indsæt resultatlinks eller et teamlink
add-hint = Ét link eller mange på én gang: ét pr. linje eller en hel chat med links inde i teksten. Samspil finder selv linkene.
add-button = Tilføj linkene
report-not-read = Links, der ikke blev læst: { $n }. Indsæt højst 120 ad gangen.
report-title = Sådan gik det med linkene
report-line = Linje { $line }
report-added = Tilføjet.
report-team-added =
    { $n ->
        [one] Teamlink: { $n } besvarelse tilføjet.
       *[other] Teamlink: { $n } besvarelser tilføjet.
    }
report-duplicate = Ikke tilføjet: det samme resultat er allerede med.
report-team-duplicates = Allerede med: { $n }.
report-full = Ikke tilføjet: et team kan højst rumme 50 besvarelser.
report-team-left-out = Kom ikke med: { $n } (et team kan højst rumme 50 besvarelser).
report-left-out = Et team kan højst rumme 50 besvarelser. Kom ikke med: { $n }.
report-none-found = Der var intet Samspil-link i teksten. Et link indeholder #r= eller #t=.

## Team view – Respondents
respondents-title = Besvarelser ({ $n })
respondents-show = Vis listen
respondents-hide = Skjul listen
respondent = Besvarelse { $n }
no-respondents = Endnu ingen besvarelser. Indsæt resultatlinkene ovenfor.
remove-respondent = Fjern besvarelse { $n }

## Team view – Team radar and table
team-radar-title = Teamets resultat pr. område
team-radar-desc = Radardiagram: hver besvarelse som en tynd linje, teamets gennemsnit som en fed linje og spændet fra laveste til højeste score skraveret. De samme tal står i tabellen.
team-mean = Teamets gennemsnit
legend-title = Sådan læses diagrammet
legend-mean = Fed linje med punkter: teamets tal (hver sektor tæller én gang)
legend-each = Tynde grå linjer: hver enkelt besvarelse
legend-range = Skraveret bånd: fra laveste til højeste score
team-table-caption = Teamets score pr. område
col-mean = Teamtal
col-headcount = Gennemsnit af alle
team-table-note = Teamtal: hver sektor tæller én gang, uanset hvor mange den har sendt, så en stor part ikke overdøver en lille. Gennemsnittet af alle tæller hver person én gang.
col-min = Laveste
col-max = Højeste
col-sd = Spredning (SD)

## Team view – Where you differ
differ-title = Hvor I ser forskelligt
differ-rule = Først forskelle mellem sektorer: to sektorers gennemsnit ligger et helt trin eller mere fra hinanden. Derefter svar på begge sider: mindst en femtedel af svarene er 1–2, og mindst en femtedel er 4–5. Et udsagn skal have mindst 3 svar; et område markeres, når mindst 2 af dets udsagn har svar på begge sider.
differ-count =
    { $n ->
        [one] { $n } sted, hvor I ser forskelligt på tingene.
       *[other] { $n } steder, hvor I ser forskelligt på tingene.
    }
differ-none = Intet område og intet udsagn deler teamet efter denne regel. Spørg alligevel: Hvem svarede »ved ikke«, og hvorfor?
differ-area = Område: { $area }
differ-statement = Udsagn { $n } · { $area }
differ-gap = Forskel mellem sektorer: { $higher } vurderer det { $gap } trin højere end { $lower }.
differ-both = Svar på begge sider: { $low } af { $n } svar er 1–2, { $high } er 4–5.
differ-both-area = { $n } af områdets udsagn har svar på begge sider.
differ-more = Vis de øvrige { $n }
differ-ask = Til samtalen

## Team view – By sector
sector-title = Pr. sektor
sector-intro = Gennemsnit pr. område for hver sektor med mindst to besvarelser (tre i den anonyme visning). Er oplevelsen af ligeværd den samme i alle sektorer?
sector-caption = Gennemsnit pr. sektor
sector-table-none = Endnu har ingen sektor mindst to besvarelser.

## Team view – Team actions
team-actions-title = Det kan teamet gøre nu
team-actions-intro = I rækkefølge: udsagn, som mindst en tredjedel eller en hel sektor har svaret 1–2 på (de alvorligste først); derefter områder med informationshul eller usikre svar; derefter teamets svageste områder.

## Team view – Team link and export
team-link-title = Teamlinket
team-link-intro = Ét link rummer hele teamet (op til 50 besvarelser). Når det åbnes, vises dette overblik igen.
full-link-warning = Linket rummer hver enkelt persons svar. Sæt det ikke i et referat, der kan blive offentligt; brug resuméet til referatet nedenfor.
summary-title = Resumé til referatet
summary-intro = Dette link rummer kun teamets tal: ingen enkeltpersoners svar, navne eller sektorer og intet, der bygger på færre end 3 personer. Det åbner et samlet overblik, der kun kan læses.
summary-link = Link til resuméet
summary-view-title = Teamets resumé
summary-view-note =
    { $n ->
        [one] Et resumé til referatet: teamets tal fra { $n } besvarelse. Det rummer ingen enkeltpersoners svar og kan derfor ikke udvides eller ændres.
       *[other] Et resumé til referatet: teamets tal fra { $n } besvarelser. Det rummer ingen enkeltpersoners svar og kan derfor ikke udvides eller ændres.
    }
anon-toggle = Skjul enkeltes svar (anonym visning)
anon-note = Anonym visning: ingen navne, sektorer eller enkeltpersoners linjer og intet tal, der bygger på færre end 3 personer.
team-link = Teamlink
team-qr = QR-kode med teamlinket
team-qr-show = Vis som QR-kode
team-qr-hide = Skjul QR-koden
export-csv = Hent som CSV
export-json = Hent som JSON

## Team view – Action plan
plan-title = Vores handlingsplan
plan-intro = Gør forslagene til aftaler: hvem gør hvad, og hvornår. Tag højst 8 handlinger med; planen følger med i teamlinket, så den altid står sammen med det, den bygger på.
plan-take = Tag med i planen
plan-taken = Er med i planen
plan-own-label = Jeres egen handling
plan-own-add = Tilføj til planen
plan-count = Handlinger i planen: { $n } af 8
plan-chars = { $n } af { $max } tegn
plan-owner = Ansvarlig
plan-due = Frist
plan-up = Op
plan-down = Ned
plan-remove-short = Fjern
plan-move-up = Flyt handling { $n } op
plan-move-down = Flyt handling { $n } ned
plan-remove = Fjern handling { $n }
plan-full = Planen kan højst rumme 8 handlinger. Fjern en, før I tilføjer en ny.
plan-empty = Der er endnu ingen handlinger i planen. Tag forslag med ovenfor, eller skriv jeres egen.
plan-calendar = Tilføj til kalender (.ics)
plan-damaged = Planen i dette link kunne ikke læses. { $reason } Teamet vises. Skriv planen igen; den gemmes i teamlinket.
plan-before-title = Planen fra sidst
plan-before-intro = Markér, hvor langt hver handling nåede. Markeringerne gemmes i teamlinket.
status-done = Gennemført
status-partly = Delvist
status-not-done = Ikke gennemført
status-open = Ikke markeret
plan-no-owner = Ingen ansvarlig endnu
plan-no-date = Ingen frist endnu

## Team view – Before and after
compare-title = Før og efter
compare-intro = Opfølgningsmøde et halvt år senere? Indsæt teamlinket (eller resultatlinkene) fra det tidligere møde for at se, hvad der har ændret sig. Teamet ovenfor er »efter«.
compare-label = Links fra det tidligere møde
compare-button = Sammenlign
compare-before-damaged = Delen »før« i dette link kunne ikke læses. { $reason } Det nuværende team vises. Indsæt teamlinket fra det tidligere møde igen for at sammenligne.
compare-in-link = Sammenligningen er nu en del af teamlinket nedenfor: det viser begge møder, også efter en genindlæsning.
compare-clear = Fjern sammenligningen
compare-counts = Besvarelser: { $before } før, { $after } efter.
compare-radar-title = Før og efter pr. område
compare-radar-desc = Radardiagram: teamets gennemsnit før som en stiplet linje og efter som en fed linje. De samme tal står i tabellen.
legend-before = Stiplet linje: før
legend-after = Fed linje: efter
compare-caption = Ændring pr. område
col-before = Før
col-after = Efter
col-change = Ændring
no-clear-change = ingen tydelig ændring
compare-noise = Ændringer under 10 point, eller med færre end 5 besvarelser på en af siderne, står som »ingen tydelig ændring«: Det er sjældent de samme, der svarer hver gang, og så små ændringer kan skyldes tilfældigheder.

## Team view – Meeting display
meeting-open = Vis på storskærm
meeting-title = Mødevisning
meeting-hint = Piletasterne eller Page Up/Page Down skifter afsnit. Escape afslutter.
meeting-position = Afsnit { $k } af { $total }: { $title }
meeting-prev = Forrige
meeting-next = Næste
meeting-leave = Afslut mødevisningen
invite-title = Tag tjekket på din telefon
invite-body = Scan koden, eller skriv adressen. Det tager omkring 10 minutter; send derefter dit resultatlink til facilitatoren alene.
invite-qr = QR-kode med adressen til tjekket

## Question bank 1 – Statement 1
statement-1 = Alle parter, også målgruppen, var med til at definere formålet med samarbejdet.
statement-1-action = Invitér to personer fra målgruppen til næste partnermøde, og omskriv formålet sammen til én sætning.

## Question bank 1 – Statement 2
statement-2 = Vi har skrevet ét fælles mål ned, som alle parter kan forklare.
statement-2-action = Bed koordinatoren om at skrive et udkast til det fælles mål i én sætning inden fredag; hver part godkender eller retter det før næste møde.

## Question bank 1 – Statement 3
statement-3 = Hver part har åbent sagt, hvad den ønsker at få ud af partnerskabet.
statement-3-action = Hold en workshop på 60 minutter, hvor hver part skriver ned, hvad den har brug for at få ud af partnerskabet; drøft bagefter, hvad I har til fælles.

## Question bank 1 – Statement 4
statement-4 = Ikke-offentlige parter har lige så meget at sige om vores mål som de offentlige.
statement-4-action = Lad de ikke-offentlige parter fremlægge det første udkast til målene på næste møde; kommunen og de øvrige offentlige parter kommenterer bagefter.

## Question bank 1 – Statement 5
statement-5 = Vi har tjekket, at vores mål er realistiske med den tid og de penge, vi har.
statement-5-action = Lad hver part skrive op, hvor mange timer og hvor mange penge den kan bidrage med; sammenlign listen med målene på næste møde, og udskyd de mål, der ikke kan nås.

## Question bank 1 – Statement 6
statement-6 = Vi mødes med faste, regelmæssige mellemrum – ikke kun når der opstår problemer.
statement-6-action = Book allerede i denne uge faste mødedatoer for det næste halve år i alle parters kalendere.

## Question bank 1 – Statement 7
statement-7 = Vi har ét fælles sted, hvor alle parter kan finde den nyeste information.
statement-7-action = Vælg én fælles mappe eller kanal i denne uge; koordinatoren flytter de aktuelle dokumenter dertil og sender linket til alle parter.

## Question bank 1 – Statement 8
statement-8 = Uenigheder bliver taget op åbent på vores møder, ikke kun på gangen.
statement-8-action = Start næste møde med en runde på fem minutter, hvor hver part nævner én ting, der bekymrer den.

## Question bank 1 – Statement 9
statement-9 = Vi deler erfaringer fra hverdagen med hinanden, også mellem møderne.
statement-9-action = Start i denne uge en månedlig mail- eller chattråd, hvor hver part deler én erfaring fra hverdagen.

## Question bank 1 – Statement 10
statement-10 = Efter hvert møde får alle parter et kort referat af, hvad der blev besluttet.
statement-10-action = Fra næste møde sender mødelederen tre linjer om beslutninger og ansvarlige til alle parter inden for 24 timer.

## Question bank 1 – Statement 11
statement-11 = Rollerne er skrevet ned – ikke kun aftalt mundtligt.
statement-11-action = Skriv en samarbejdsaftale på én side om, hvem der gør hvad, underskriv den på næste møde, og gennemgå den hvert halve år.

## Question bank 1 – Statement 12
statement-12 = Vi har aftalt, om hver part skal pege på behov, udtænke løsninger eller udføre dem.
statement-12-action = Gennemgå på næste møde de tre roller – at pege på behov, udtænke løsninger og udføre dem – og skriv ned, hvilken rolle hver part har.

## Question bank 1 – Statement 13
statement-13 = Vi ved, hvem der kan træffe hvilke beslutninger i partnerskabet.
statement-13-action = Lav inden for to uger en enkel oversigt over, hvem der beslutter hvad: hvad styregruppen beslutter, hvad arbejdsgruppen beslutter, og hvem der godkender udgifter.

## Question bank 1 – Statement 14
statement-14 = Hver part har gjort klart, hvor meget tid, personale eller økonomi den bidrager med.
statement-14-action = Bed hver part om inden udgangen af måneden at oplyse koordinatoren om sit bidrag det næste halve år: timer, penge, frivillige, lokaler eller viden.

## Question bank 1 – Statement 15
statement-15 = En neutral facilitator leder den fælles proces, så ingen part styrer den alene.
statement-15-action = Aftal inden for en måned, hvordan de næste to møder ledes, så ingen part styrer alene: to mødeledere fra hver sin sektor, skiftende mødeledelse eller en ekstern facilitator, der ikke selv er part.

## Question bank 1 – Statement 16
statement-16 = Vi aftalte målbare succeskriterier, da partnerskabet startede.
statement-16-action = Bliv på næste møde enige om tre målbare succeskriterier, hver med et tal og en dato, og skriv dem ind i aftalen.

## Question bank 1 – Statement 17
statement-17 = Vi følger op på vores fremskridt i forhold til kriterierne på faste tidspunkter i løbet af året.
statement-17-action = Sæt allerede nu to opfølgninger i kalenderen, én midtvejs og én ved årets udgang, og udpeg, hvem der forbereder tallene.

## Question bank 1 – Statement 18
statement-18 = Målgruppen er med til at vurdere, om partnerskabet gør en forskel.
statement-18-action = Invitér før næste statusrapport tre personer fra målgruppen til en samtale på 45 minutter om, hvad der har ændret sig for dem.

## Question bank 1 – Statement 19
statement-19 = Vi har ændret mindst én arbejdsgang på baggrund af det, vi har målt.
statement-19-action = Afslut næste evalueringsmøde med at vælge ét resultat og beslutte én konkret ændring, der skal være gennemført til mødet efter.

## Question bank 1 – Statement 20
statement-20 = Vi rapporterer vores resultater til ledelsen i alle partnerorganisationer.
statement-20-action = Send inden for en måned en status på én side med tal til ledelsen i alle partnerorganisationer; gentag det hvert kvartal.

## Question bank 1 – Statement 21
statement-21 = Vi tilpasser vores aktiviteter, når målgruppens behov ændrer sig.
statement-21-action = Spørg målgruppen og de medarbejdere, der er tættest på den, hvad der har ændret sig i behovene; hold aktivitetsplanen op mod svarene på næste møde.

## Question bank 1 – Statement 22
statement-22 = Vi afprøver nye idéer i lille skala, før vi udbreder dem.
statement-22-action = Vælg én ny idé, og afprøv den med en lille gruppe i fire uger, før I beslutter en bredere udrulning.

## Question bank 1 – Statement 23
statement-23 = Når noget mislykkes, taler vi om, hvad vi har lært – ikke om, hvis skyld det er.
statement-23-action = Hold efter næste tilbageslag en opsamling på 30 minutter med tre spørgsmål: Hvad skete der, hvad lærte vi, og hvad ændrer vi?

## Question bank 1 – Statement 24
statement-24 = Når parternes interesser støder sammen, søger vi et kompromis, som alle kan acceptere.
statement-24-action = Lav på næste møde en liste over de åbne interessekonflikter; lad parterne nævne deres ufravigelige krav i hver enkelt konflikt, og aftal et kompromis, som I afprøver i en måned.

## Question bank 1 – Statement 25
statement-25 = Vi har aftalt, hvordan vi afslutter partnerskabet konstruktivt, hvis det ikke fungerer.
statement-25-action = Skriv før næste møde et kort udkast til en bestemmelse om udtræden: opsigelsesvarsel, hvem der beholder hvad, og hvordan målgruppen bliver informeret.

## Question bank 1 – Statement 26
statement-26 = Vi har drøftet, hvad der skal føres videre, når projektmidlerne stopper.
statement-26-action = Sæt »Hvad fortsætter efter projektmidlerne?« på dagsordenen til næste møde; hver part medbringer én aktivitet, den kan videreføre.

## Question bank 1 – Statement 27
statement-27 = Vi drøfter forankring løbende gennem hele forløbet, ikke kun til sidst.
statement-27-action = Sæt fremover forankring på styregruppens dagsorden som et fast punkt på 10 minutter hver gang.

## Question bank 1 – Statement 28
statement-28 = Vi ved, hvem der skal drive aktiviteterne videre efter projektperioden.
statement-28-action = Udpeg inden for en måned en ansvarlig for hver aktivitet efter projektets afslutning, og bed hver ansvarlig om at bekræfte det skriftligt.

## Question bank 1 – Statement 29
statement-29 = Ledelsen i alle partnerorganisationer har sagt, at den bakker op om at videreføre arbejdet.
statement-29-action = Invitér i dette kvartal ledelsen i hver partnerorganisation til en orientering på 30 minutter, og spørg, hvad den har brug for for at bakke op om en videreførelse.

## Question bank 1 – Statement 30
statement-30 = Vi har afdækket, hvor pengene til næste fase kan komme fra.
statement-30-action = Lav en liste over mulige finansieringskilder, fx kommunens eget budget, fonde og statslige puljer, og fordel dem, så én part kontakter hver kilde før næste møde.

## Question bank 1 – Area: goals
area-goals = Fælles mål
area-goals-description = Om alle parter deler ét formål, som de har formet sammen.
area-goals-attention-1 = Start ingen nye aktiviteter i to uger (det, borgerne allerede bruger, fortsætter), og byg formålet op fra bunden i en samskabelsesworkshop med alle parter, også målgruppen.
area-goals-attention-2 = Lad en neutral person interviewe parterne hver for sig i denne måned om deres forventninger, og fremlæg forskellene på et fælles møde.
area-goals-developing-1 = Skriv det fælles mål øverst på dagsordenen til alle møder de næste tre måneder.
area-goals-developing-2 = Gennemgå på næste møde, om hvert mål stadig passer til ressourcerne, og justér dem, der ikke gør.
area-goals-developing-3 = Spørg målgruppen inden for to måneder, om formålet stadig rammer deres behov.
area-goals-strong-1 = Gennemgå målene med alle parter én gang om året, også med nye parter.
area-goals-strong-2 = Giv hver ny part en kort introduktion til formålet, før den deltager i sit første møde.
area-goals-question-1 = Hvilken del af vores formål beskriver vi forskelligt?
area-goals-question-2 = Hvad ville hver af os kalde en succes om et år?

## Question bank 1 – Area: communication
area-communication = Kommunikation
area-communication-description = Hvordan information, bekymringer og viden flyder mellem parterne.
area-communication-attention-1 = Udpeg i denne uge én koordinator, der har ansvaret for, at alle parter bliver holdt orienteret.
area-communication-attention-2 = Hold inden for to uger et møde alene om, hvordan vi kommunikerer: hvad virker, hvad virker ikke, og hvad prøver vi nu?
area-communication-developing-1 = Bed alle parter efter de næste tre møder om at vurdere på en skala fra 1 til 5, om de følte sig hørt, og drøft svarene.
area-communication-developing-2 = Læg en uformel sammenkomst, fx en fælles frokost, i kalenderen én gang i kvartalet.
area-communication-strong-1 = Hold fast i mødeplanen også i travle perioder: flyt møder i stedet for at aflyse dem.
area-communication-strong-2 = Lad parterne skiftes til at lede møderne, så kommunikationen ikke afhænger af én person.
area-communication-question-1 = Hvilken information får nogle parter senere end andre?
area-communication-question-2 = Hvad er svært at sige højt på vores møder – og hvorfor?

## Question bank 1 – Area: roles
area-roles = Roller og ansvar
area-roles-description = Hvem gør hvad, hvem beslutter, og hvad hver part bidrager med.
area-roles-attention-1 = Gå alle opgaver igennem på et møde inden for to uger, og skriv én ansvarlig ud for hver.
area-roles-attention-2 = Afklar skriftligt, hvem der beslutter om penge, personale og aktiviteter, før der sættes nye aktiviteter i gang.
area-roles-developing-1 = Sammenlign den skrevne rollefordeling med det, der faktisk sker, og opdatér den på næste møde.
area-roles-developing-2 = Aftal inden for den næste måned mindst én opgave, hvor foreningerne og de andre ikke-offentlige parter selv træffer beslutningen.
area-roles-strong-1 = Gennemgå rollerne hvert halve år, og altid når en part træder ind eller ud.
area-roles-strong-2 = Skriv et kort overdragelsesnotat for hver rolle, så arbejdet kan fortsætte, når der kommer nye medarbejdere.
area-roles-question-1 = Hvilken opgave tror vi hver især, at en anden har ansvaret for?
area-roles-question-2 = Hvor oplever de ikke-offentlige parter at blive hørt i stedet for at være med til at beslutte?

## Question bank 1 – Area: evaluation
area-evaluation = Evaluering
area-evaluation-description = Hvordan vi måler fremskridt og lærer af det, resultaterne viser.
area-evaluation-attention-1 = Aftal i denne måned to eller tre enkle målinger, som I kan begynde at indsamle med det samme, selv om de ikke er perfekte.
area-evaluation-attention-2 = Udpeg én part til at stå for evalueringen, og afsæt timer til opgaven i den næste måneds planlægning.
area-evaluation-developing-1 = Afsæt 20 minutter på hvert andet møde til at se på tallene sammen.
area-evaluation-developing-2 = Tilføj målgruppens egen vurdering til næste evaluering, fx gennem korte interviews.
area-evaluation-strong-1 = Udgiv en kort årlig opsamling på resultaterne, som andre kan lære af.
area-evaluation-strong-2 = Del jeres evalueringsmetode med andre kommuner eller partnerskaber, der arbejder med lignende opgaver.
area-evaluation-question-1 = Hvad skulle overbevise hver af os om, at partnerskabet virker?
area-evaluation-question-2 = Hvis vurdering af resultaterne vejer tungest i dag – og bør det være sådan?

## Question bank 1 – Area: flexibility
area-flexibility = Fleksibilitet
area-flexibility-description = Hvor godt partnerskabet tilpasser sig, når behov eller vilkår ændrer sig.
area-flexibility-attention-1 = Find på næste møde én ting i planen, der ikke længere passer, og aftal, hvordan den skal ændres.
area-flexibility-attention-2 = Skriv inden for en måned ind i aftalen, hvordan ændringer i planen besluttes, og hvem der skal sige ja.
area-flexibility-developing-1 = Planlæg en kort gennemgang af planen hvert kvartal, hvor alle parter kan foreslå ændringer.
area-flexibility-developing-2 = Gennemfør ét lille forsøg inden for de næste tre måneder, og evaluér det åbent bagefter.
area-flexibility-strong-1 = Før en enkel log over ændringer og begrundelserne for dem, som nye parter kan læse.
area-flexibility-strong-2 = Fortæl andre kommuner og netværk om de tilpasninger, der virkede.
area-flexibility-question-1 = Hvad var den seneste ændring, vi lavede, og hvordan besluttede vi den?
area-flexibility-question-2 = Hvad skulle der til, før vi ville omlægge eller afslutte partnerskabet?

## Question bank 1 – Area: anchoring
area-anchoring = Forankring
area-anchoring-description = Forankring: det, der lever videre, når projektpengene slipper op – og hvem der bærer det.
area-anchoring-attention-1 = Hold inden for en måned et møde udelukkende om, hvad der skal fortsætte efter projektmidlerne, og hvem der kan bære det.
area-anchoring-attention-2 = Kortlæg, hvilke aktiviteter der afhænger af projektpenge, og hvilke der kan køre på eksisterende budgetter eller med frivillige.
area-anchoring-developing-1 = Skriv en forankringsplan på én side med ansvarlige og datoer, og følg op på den hvert kvartal.
area-anchoring-developing-2 = Invitér de ledere, der skal have ansvaret for aktiviteterne efter projektet, til næste styregruppemøde.
area-anchoring-strong-1 = Afprøv forankringsplanen nu: lad den, der skal overtage en aktivitet, drive den på egen hånd i en måned.
area-anchoring-strong-2 = Saml metoder og kontakter i en kort håndbog, der bliver tilbage, når projektmedarbejderne går.
area-anchoring-question-1 = Hvilken aktivitet ville stoppe først, hvis pengene forsvandt i morgen?
area-anchoring-question-2 = Hvem af os regner med, at en anden fører arbejdet videre?

## NOT YET TRANSLATED: English placeholders for question bank 2 (translate and move)
sector-local-authority = Municipality
sector-region = Region or health
sector-volunteer-centre = Volunteer centre
sector-association = Association
sector-local-group = Self-organised citizens or local group
sector-users = Users and relatives
sector-education = School or education
org-label = Your organisation
org-hint = Optional, up to 40 characters. It stays on this device and travels only in your result link and in the facilitator's team link, never in the summary for the minutes.
bank-mixed = Some people answered the first version of the statements and some the second. Area figures combine both versions; each statement's figures come only from the people who answered that version.
bank-first = First version of the statements
bank-second = Second version of the statements
bank-first-result = This result was made with the first version of Samspil's statements, and it is shown with those statements.
org-column = Organisation
statement-31 = The partners agree on why this task needs a partnership.
statement-31-action = At the next meeting, let each partner finish the sentence “Without this partnership, we could not …”; write the answers on one page and keep it with the agreement.
statement-32 = I could explain our shared goal to a colleague in two sentences.
statement-32-action = At the next meeting, let every partner write the shared goal in two sentences on its own; compare the versions and agree on one wording to write down.
statement-33 = Each partner has said openly what it wants to gain from the partnership.
statement-33-action = Hold a 60-minute round where each partner says what it needs from the partnership; write the needs down next to the shared goal and keep the differences visible.
statement-34 = My organisation gets enough out of the partnership to justify what we put in.
statement-34-action = Before the next meeting, let each partner write down what it puts in and what it gets out, in money and otherwise; discuss together where the balance is off and what would change it.
statement-35 = We have checked that our goals fit the time and resources the partners have.
statement-35-action = Have each partner list what it can give over the next six months – staff time, volunteers, premises, knowledge or money; at the next meeting, compare the list with the goals and postpone any goal that does not fit.
statement-36 = People the partnership is for took part in describing the need we work on.
statement-36-action = Within a month, visit an activity where people the partnership is for already come; ask a few of them what they need, bring their words back unchanged, and agree how they keep a say. Ask for their consent and offer something in return for their time.
statement-37 = Our partnership meetings follow a fixed schedule.
statement-37-action = This week, book fixed meeting dates for the next six months and send them to every partner.
statement-38 = Our meetings are held at times that suit the partners who take part unpaid, such as volunteers.
statement-38-action = Ask the partners who take part unpaid which times suit them; move at least every second meeting to such a time, or let them join online.
statement-39 = Every partner, volunteers included, can open the place where our shared documents are kept.
statement-39-action = This week, check that every partner can open the shared folder or channel; if one partner's system locks the others out, choose a place all can use within the data protection rules.
statement-40 = I feel free to disagree openly in our meetings.
statement-40-action = Open the next meeting with anonymous notes: each partner writes one concern, the chair reads them out, and the group picks one to discuss. Repeat until a spoken round feels safe.
statement-41 = We know each other's conditions, such as the municipality's rules and the associations' volunteer-run decision-making.
statement-41-action = At the next meeting, give each partner ten minutes to explain how decisions are made in its own organisation, how long they take, and what it cannot do.
statement-42 = The associations can criticise the municipality in public without fearing for their grant.
statement-42-action = Write into the agreement that the associations keep their right to speak in public, also in criticism, and that grants are decided on their own criteria; let the municipality confirm it at the next meeting.
statement-43 = Each partner's tasks are written down where all partners can find them.
statement-43-action = Write one page on who does what, keep it where all partners can find it, and review it whenever a partner joins or leaves.
statement-44 = Partners do what they have promised, when they promised it.
statement-44-action = End each meeting by reading out who promised what by when; start the next one with a two-minute check of those promises, without blame.
statement-45 = I know who decides what in the partnership.
statement-45-action = Within two weeks, draw a simple decision map: what the partners decide together, what each organisation decides alone, and who approves spending.
statement-46 = The partners make the important decisions together.
statement-46-action = For the next important decision, send the question to all partners two weeks ahead, and let a non-public partner prepare it together with the municipality.
statement-47 = Each association decides for itself which tasks it takes on in the partnership.
statement-47-action = At the next meeting, let each association say which tasks it wants to carry and which it does not, and write its choice into the agreement.
statement-48 = We have agreed which tasks volunteers do and which stay with paid staff.
statement-48-action = Within a month, list the tasks of the activity and mark each as the volunteers', the paid staff's or shared; go through the list with the volunteers and the staff representatives.
statement-49 = Someone has set-aside working time to coordinate the partnership.
statement-49-action = Agree who coordinates and how many hours a month it takes; if nobody has the time, decide which partner pays for it, or share the task in turns.
statement-50 = We have agreed how we will know whether the partnership succeeds.
statement-50-action = At the next meeting, agree on two or three signs of success, at least one of them described by the people the partnership is for, and write down how you will notice each.
statement-51 = People the partnership is for help judge whether it makes a difference.
statement-51-action = Before the next status, talk with three people where they already are, for example at the activity, about what has changed for them; bring their words to the meeting.
statement-52 = We look at our progress together at fixed points in the year.
statement-52-action = Put two progress checks in the calendar now, one halfway and one at the end of the year, and name who prepares them.
statement-53 = In the past year, we changed a way of working because of what our results showed.
statement-53-action = End the next evaluation meeting by picking one result and deciding one concrete change to make before the following meeting.
statement-54 = Our results reach the decision-makers of each partner: for an association its board, for a municipality the responsible manager or committee.
statement-54-action = Within a month, send a one-page status to each partner's decision-makers – an association's board, the municipality's manager or committee – and repeat it every six months.
statement-55 = The activities make a noticeable difference for the people they are for.
statement-55-action = Ask the people the activities are for what difference they notice; if they notice little, discuss at the next meeting what to change or stop.
statement-56 = In the past year, we changed an activity because of what the people using it told us.
statement-56-action = Ask the people using the activity, and the staff and volunteers closest to them, what should change; check the activity plan against their answers at the next meeting.
statement-57 = In the past year, we tried out a new idea on a small scale before deciding on it.
statement-57-action = Pick one new idea and try it with a small group for four weeks before deciding whether to continue.
statement-58 = Our meetings make room to talk about what has not worked.
statement-58-action = Give every second meeting a fixed 15-minute item: what did not work, what did we learn, what do we change? Talk about what happened, not about who.
statement-59 = Before we decide, every partner can say what it cannot accept.
statement-59-action = Before the next important decision, let each partner name what it cannot accept; write it down and check the decision against it.
statement-60 = We have agreed how changes to our plan are decided.
statement-60-action = Within a month, write into the agreement who can propose a change to the plan, who must approve it, and how the other partners are told.
statement-61 = We have agreed who helps us when partners cannot agree.
statement-61-action = At the next meeting, agree whom you turn to when you cannot agree: co-chairs from two sectors, a person outside the partnership whom all trust, or an external facilitator.
statement-62 = We have agreed how to end the partnership constructively if it stops working.
statement-62-action = Before the next meeting, draft a short exit clause: notice period, who keeps what, and how the people using the activities are told.
statement-63 = We have agreed what happens for the people using an activity if it stops.
statement-63-action = For each activity that volunteers run, agree what the people using it are offered if it stops, and who tells them.
statement-64 = It is agreed who keeps each activity going in the long term.
statement-64-action = Within a month, name an owner for each activity beyond the current period, and ask each owner to confirm in writing.
statement-65 = Each partner's decision-makers have said they back continuing the work: for a municipality the responsible committee, for an association its board.
statement-65-action = This quarter, brief each partner's decision-makers – the responsible committee in the municipality, the board in an association – and ask what they need to back continuing the work.
statement-66 = Staff who meet citizens in their daily work refer people to the activities.
statement-66-action = Within two months, visit one team of frontline staff, such as home care or the job centre, and show them how to refer people to the activities.
statement-67 = More than two people know how to run each activity.
statement-67-action = For each activity, find one more person to run it together with the current one for the next three months, and write down how it is done.
statement-68 = We know how the work will be paid for in the coming years.
statement-68-action = List possible sources of money – the partners' own budgets, municipal grants, private foundations, state pools – and give each to one partner to look into before the next meeting.
