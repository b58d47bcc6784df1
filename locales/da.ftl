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
notice-storage-embedded = Når Samspil vises inde i en anden hjemmeside, må browseren ikke gemme dine svar. De bevares, så længe siden er åben. Åbn Samspil i en ny fane for at gemme dem på enheden.
notice-bad-options = Sidens indstillinger for Samspil indeholdt værdier, der blev ignoreret: { $names }. Samspil virker som normalt.
notice-storage-corrupt = Gemte svar på denne enhed kunne ikke læses og er slettet. Du kan begynde forfra.
notice-host-options = Adressen indeholdt indstillinger, der kun gælder, når Samspil vises inde i en anden hjemmeside ({ $names }). De er ikke blevet brugt her.
notice-other-answers = Denne adresse indeholder andre svar end dem, der er gemt på enheden. Dine gemte svar er bevaret. Svarene fra adressen vises nedenfor som et delt resultat.
notice-updated-elsewhere = Dine svar blev ændret i en anden fane eller et andet vindue. Denne fane viser nu de nyeste svar.
notice-lang-failed = Sproget kunne ikke hentes (tjek forbindelsen). Samspil fortsætter på dette sprog, og alle svar er bevaret.
lang-loading = Henter sproget …

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
sector-local-authority = Kommune
sector-region = Region eller sundhedsvæsen
sector-volunteer-centre = Frivilligcenter
sector-association = Forening
sector-local-group = Selvorganiserede borgere eller lokal borgergruppe
sector-users = Brugere og pårørende
sector-education = Skole eller uddannelsesinstitution
org-label = Din organisation
org-hint = Valgfrit, højst 40 tegn. Navnet bliver på denne enhed og følger kun med i dit resultatlink og i facilitatorens teamlink – aldrig i resuméet til referatet.
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
overall-none = Et samlet resultat kræver en score i mindst 5 af de 6 områder. Et område får en score, når mindst tre af dets udsagn er besvaret på skalaen.
weakest-note = Det samlede resultat er gennemsnittet af områderne; et område nævnes som det svageste, når det ligger mindst 5 point under alle de andre.
band-needs-attention = kræver opmærksomhed
band-developing = under udvikling
band-strong = stærkt
bands-explained = Kræver opmærksomhed: under 40 · Under udvikling: 40–69 · Stærkt: 70 og derover
not-enough = for få svar
radar-title = De seks områder
radar-desc = Radardiagram med de seks områders score fra 0 til 100. De samme tal står i tabellen nedenfor.
start-here = Tag med til næste møde
start-here-intro = Én persons svar kan ikke afgøre, hvad partnerskabet skal gøre. Her er, hvad du kan tage op med de andre parter – de alvorligste svar først.
action-gap = Find ud af, hvad partnerskabet ikke ved om { $area }: spørg parterne, hvilke udsagn de ikke kunne vurdere, og aftal, hvem der tager de manglende oplysninger med til næste møde.
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
qr-too-long = Linket er for langt til en QR-kode, som telefoner kan læse pålideligt. Kopiér linket, og send det i stedet.
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
team-intro = Saml alle parters resultatlinks i ét overblik: hvor I er enige, hvor I ser forskelligt på tingene, og hvad I kan gøre nu. Alt bliver i denne browser.
open-team = Samler du teamets links? Åbn teamvisningen
part-failed = Denne del af siden kunne ikke hentes (tjek forbindelsen).
part-retry = Prøv igen

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
team-radar-desc = Radardiagram: hver besvarelse som en tynd linje, teamtallet (hver sektor tæller én gang) som en fed linje og spændet fra laveste til højeste score skraveret. De samme tal står i tabellen.
team-mean = Teamtal
legend-title = Sådan læses diagrammet
legend-mean = Fed linje med punkter: teamtallet (sætningen under det samlede resultat siger, hvordan det er lavet)
legend-each = Tynde grå linjer: hver enkelt besvarelse
legend-range = Skraveret bånd: fra laveste til højeste score
team-table-caption = Teamets score pr. område
col-mean = Teamtal
col-headcount = Gennemsnit af alle
team-table-note = Teamtal: hver part tæller én gang, uanset hvor mange den har sendt, når alle parter har sendt mindst to; ellers gennemsnittet af alle, som tæller hver person én gang. Sætningen ovenfor siger hvilket.
col-min = Laveste
col-max = Højeste
col-sd = Spredning (SD)

## Team view – Where you differ
differ-rule = Først områder, hvor to parters gennemsnit ligger et helt trin eller mere fra hinanden. Derefter områder og udsagn med svar i begge ender af skalaen: mindst 6 svar, mindst en femtedel af dem 1–2 og en femtedel 4–5. Til sidst højst fem mulige forskelle på enkelte udsagn, hvor to parter med mindst 3 svar hver ligger et helt trin fra hinanden.
differ-title = Her ser I forskelligt på tingene
differ-count =
    { $n ->
        [one] { $n } sted, hvor I ser forskelligt på tingene.
       *[other] { $n } steder, hvor I ser forskelligt på tingene.
    }
differ-none = Intet område og intet udsagn deler teamet efter denne regel. Spørg alligevel: Hvem svarede »ved ikke«, og hvorfor?
differ-area = Område: { $area }
differ-statement = Udsagn { $n } · { $area }
differ-gap = Forskel mellem sektorer: { $gap } trin. Højest: { $higher }. Lavest: { $lower }.
differ-both = Svar i begge ender af skalaen: { $low } af { $n } svar er 1–2, { $high } er 4–5.
differ-both-area = { $n } af områdets udsagn har svar i begge ender af skalaen.
differ-more = Vis de øvrige { $n }
differ-ask = Til samtalen

## Team view – By sector
sector-title = Parternes perspektiver
sector-intro = Hver parts gennemsnit pr. område med antallet af personer bag i parentes. Er oplevelsen af ligeværd den samme hos alle parter?
sector-caption = Gennemsnit pr. part (personer bag hvert tal)
sector-table-none = Endnu hører ingen besvarelse til en part: skriv parternes navne nedenfor.

## Team view – Team actions
team-actions-title = Det kan teamet gøre nu
team-actions-intro = I rækkefølge: udsagn, som mindst en tredjedel af svarene har sat til 1–2, eller hvor en parts gennemsnit er 2,0 eller lavere, eller hvor to parter ligger 1,5 trin fra hinanden (de alvorligste først); derefter områder med informationshul eller usikre svar; derefter teamets svageste områder.
team-actions-languages = Handlingerne siger det samme på alle sprog, med hvert lands egne navne (fx jobcentret). To tilføjer noget: På svensk nævner handlingen om roller også IOP-aftalen, og på finsk nævner handlingerne om finansiering STEA.

## Team view – Team link and export
team-link-title = Teamlinket
team-link-intro = Ét link rummer hele teamet (op til 50 besvarelser). Når det åbnes, vises dette overblik igen.
full-link-warning = Linket rummer hver enkelt persons svar. Sæt det ikke i et referat, der kan blive offentligt; brug resuméet til referatet nedenfor.
summary-title = Resumé til referatet
summary-intro = Dette link rummer kun det, dets side viser: ét teamtal pr. område i hele point, hvor I ser forskelligt på tingene, handlingerne og det, mødet besluttede: jeres fælles vurderinger og planen med ansvarlige og datoer. Ingen enkeltpersoners svar, ingen navne på dem, der har svaret, ingen organisationer eller antal, og hvert tal bygger på mindst 3 personer. Det laves først fra 5 besvarelser (8, når en part har sendt færre end 3). Det åbner et samlet overblik, der kun kan læses.
summary-link = Link til resuméet
summary-view-title = Teamets resumé
summary-view-note =
    { $n ->
        [one] Et resumé til referatet: teamets tal fra { $n } besvarelse. Det rummer ingen enkeltpersoners svar og kan derfor ikke udvides eller ændres.
       *[other] Et resumé til referatet: teamets tal fra { $n } besvarelser. Det rummer ingen enkeltpersoners svar og kan derfor ikke udvides eller ændres.
    }
anon-toggle = Skjul enkeltes svar (anonym visning)
anon-note = Anonym visning: ingen navne, parter, antal eller enkeltpersoners linjer og ét teamtal pr. område, der hver bygger på mindst 3 personer.
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
plan-empty = Der er endnu ingen handlinger i planen. Tag forslag med fra listen ovenfor, eller skriv jeres egen.
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
compare-radar-desc = Radardiagram: teamtallet før som en stiplet linje og efter som en fed linje. De samme tal står i tabellen.
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
invite-body = Scan koden, eller skriv adressen. Det tager omkring 10 minutter; send derefter dit resultatlink kun til facilitatoren.
invite-qr = QR-kode med adressen til tjekket

## Interface – Question bank versions and organisations
bank-mixed = Nogle har svaret på den første version af udsagnene og andre på den anden. Tallene for områderne bygger på begge versioner; tallene for hvert udsagn kommer kun fra dem, der har svaret på netop den version.
bank-first = Første version af udsagnene
bank-second = Anden version af udsagnene
bank-first-result = Dette resultat er lavet med den første version af Samspils udsagn og vises derfor med dem.
org-column = Organisation

## Question bank 1 – Statement 1
statement-1 = Alle parter, også målgruppen, var med til at definere formålet med samarbejdet.
statement-1-action = Besøg en aktivitet, hvor personer fra målgruppen allerede kommer, spørg nogle af dem, hvad de har brug for, og gengiv deres ord uændret på næste partnermøde. Bed om deres samtykke, og aftal, hvordan de fortsat får indflydelse.

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
statement-27-action = Tag forankring med i de opfølgninger, I allerede holder: notér hver gang, hvilke aktiviteter der har fået en fremtidig ansvarlig, og hvilke der endnu mangler en.

## Question bank 1 – Statement 28
statement-28 = Vi ved, hvem der skal drive aktiviteterne videre efter projektperioden.
statement-28-action = Udpeg inden for en måned en ansvarlig for hver aktivitet efter projektets afslutning, og bed hver ansvarlig om at bekræfte det skriftligt.

## Question bank 1 – Statement 29
statement-29 = Ledelsen i alle partnerorganisationer har sagt, at den bakker op om at videreføre arbejdet.
statement-29-action = Invitér i dette kvartal ledelsen i hver partnerorganisation til en orientering på 30 minutter, og spørg, hvad den har brug for for at bakke op om en videreførelse.

## Question bank 1 – Statement 30
statement-30 = Vi har afdækket, hvor pengene til næste fase kan komme fra.
statement-30-action = Lav en liste over mulige finansieringskilder, fx kommunens eget budget, fonde og statslige puljer, og fordel dem, så én part kontakter hver kilde før næste møde.

## Areas (both banks) – goals
area-goals = Fælles mål
area-goals-description = Om parterne er enige om, hvad partnerskabet er til for, og ved, hvad hver af dem vil have ud af det.
area-goals-attention-1 = Start ingen nye aktiviteter i to uger (det, borgerne allerede bruger, fortsætter), og byg formålet op fra bunden i en samskabelsesworkshop med alle parter, også de mennesker, partnerskabet er til for.
area-goals-attention-2 = Lad i denne måned en person uden for partnerskabet, som alle parter har tillid til, interviewe parterne hver for sig om deres forventninger, og fremlæg forskellene på et fælles møde.
area-goals-developing-1 = Skriv det fælles mål øverst på dagsordenen til alle møder de næste tre måneder.
area-goals-developing-2 = Gennemgå på næste møde, om hvert mål stadig passer til ressourcerne, og justér dem, der ikke gør.
area-goals-developing-3 = Spørg inden for to måneder de mennesker, partnerskabet er til for, om formålet stadig rammer deres behov.
area-goals-strong-1 = Gennemgå målene med alle parter én gang om året, også med nye parter.
area-goals-strong-2 = Giv hver ny part en kort introduktion til formålet, før den deltager i sit første møde.
area-goals-question-1 = Hvilken del af vores formål beskriver vi forskelligt?
area-goals-question-2 = Hvad ville hver af os kalde en succes om et år?

## Areas (both banks) – communication
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

## Areas (both banks) – roles
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

## Areas (both banks) – evaluation
area-evaluation = Evaluering
area-evaluation-description = Hvordan vi måler fremskridt og lærer af det, resultaterne viser.
area-evaluation-attention-1 = Aftal i denne måned to eller tre enkle målinger, som I kan begynde at indsamle med det samme, selv om de ikke er perfekte.
area-evaluation-attention-2 = Udpeg én part til at stå for evalueringen, og afsæt timer til opgaven i den næste måneds planlægning.
area-evaluation-developing-1 = Afsæt 20 minutter på hvert andet møde til at se på tallene sammen.
area-evaluation-developing-2 = Lad de mennesker, partnerskabet er til for, give deres egen vurdering i næste evaluering, fx i korte interviews.
area-evaluation-strong-1 = Udgiv en kort årlig opsamling på resultaterne, som andre kan lære af.
area-evaluation-strong-2 = Del jeres evalueringsmetode med andre kommuner eller partnerskaber, der arbejder med lignende opgaver.
area-evaluation-question-1 = Hvad skulle overbevise hver af os om, at partnerskabet virker?
area-evaluation-question-2 = Hvis vurdering af resultaterne vejer tungest i dag – og bør det være sådan?

## Areas (both banks) – flexibility
area-flexibility = Fleksibilitet
area-flexibility-description = Hvor godt partnerskabet tilpasser sig, når behov eller vilkår ændrer sig.
area-flexibility-attention-1 = Find på næste møde én ting i planen, der ikke længere passer, og aftal, hvordan den skal ændres.
area-flexibility-attention-2 = Skriv inden for en måned ind i aftalen, hvordan ændringer i planen besluttes, og hvem der skal godkende dem.
area-flexibility-developing-1 = Planlæg en kort gennemgang af planen hvert kvartal, hvor alle parter kan foreslå ændringer.
area-flexibility-developing-2 = Gennemfør ét lille forsøg inden for de næste tre måneder, og evaluér det åbent bagefter.
area-flexibility-strong-1 = Før en enkel log over ændringer og begrundelserne for dem, som nye parter kan læse.
area-flexibility-strong-2 = Fortæl andre kommuner og netværk om de tilpasninger, der virkede.
area-flexibility-question-1 = Hvad var den seneste ændring, vi lavede, og hvordan besluttede vi den?
area-flexibility-question-2 = Hvad skulle der til, før vi ville omlægge eller afslutte partnerskabet?

## Areas (both banks) – anchoring
area-anchoring = Forankring
area-anchoring-description = Hvad der lever videre på lang sigt, og hvem der bærer det.
area-anchoring-attention-1 = Hold inden for en måned et møde udelukkende om, hvad der skal fortsætte på lang sigt, og hvem der kan bære det.
area-anchoring-attention-2 = Kortlæg, hvilke aktiviteter der afhænger af tidsbegrænsede midler, og hvilke parterne kan bære i deres almindelige budgetter og arbejde, uden at flytte ansattes opgaver over til frivillige.
area-anchoring-developing-1 = Skriv en forankringsplan på én side med ansvarlige og datoer, og følg op på den hvert kvartal.
area-anchoring-developing-2 = Fortæl offentligheden og lokalpolitikerne, hvad partnerskabet udretter, fx i et kort årligt notat eller på et udvalgsmøde.
area-anchoring-strong-1 = Afprøv forankringsplanen nu: lad den, der skal overtage en aktivitet, drive den på egen hånd i en måned.
area-anchoring-strong-2 = Saml metoder og kontakter i en kort håndbog, der bliver tilbage, når projektmedarbejderne går.
area-anchoring-question-1 = Hvilken aktivitet ville stoppe først, hvis én part, én person eller én pengekilde faldt fra?
area-anchoring-question-2 = Hvem af os regner med, at en anden fører arbejdet videre?

## Question bank 2 – Shared goals
statement-31 = Parterne er enige om, hvorfor denne opgave kræver et partnerskab.
statement-31-action = Lad hver part gøre sætningen »Uden dette partnerskab kunne vi ikke …« færdig på næste møde; skriv svarene ned på én side, og læg den sammen med aftalen.
statement-32 = Jeg kan på to sætninger forklare vores fælles mål for en fra min egen organisation.
statement-32-action = På næste møde: Lad parterne hver for sig skrive det fælles mål ned på to sætninger; sammenlign versionerne, og aftal én formulering, som I skriver ned.
statement-33 = Hver part har åbent sagt, hvad den ønsker at få ud af partnerskabet.
statement-33-action = Hold en runde på 60 minutter, hvor hver part siger, hvad den har brug for at få ud af partnerskabet; skriv behovene ned ved siden af det fælles mål uden at glatte forskellene ud.
statement-34 = Min organisation eller gruppe får så meget ud af partnerskabet, at det står mål med det, vi lægger i det.
statement-34-action = Før næste møde: Lad hver part skrive ned, hvad den lægger i partnerskabet, og hvad den får ud af det, i penge og på anden vis; drøft sammen, hvor balancen halter, og hvad der skulle til for at rette den op.
statement-35 = Vi har tjekket, at vores mål passer til den tid og de ressourcer, parterne har.
statement-35-action = Lad hver part skrive op, hvad den kan bidrage med det næste halve år – medarbejdertimer, frivillige, lokaler, viden eller penge; sammenlign listen med målene på næste møde, og udskyd de mål, der ikke passer.
statement-36 = De mennesker, partnerskabet er til for, har været med til at beskrive det behov, vi arbejder med.
statement-36-action = Besøg inden for en måned en aktivitet, hvor de mennesker, partnerskabet er til for, allerede kommer; spørg nogle af dem, hvad de har brug for, bring deres ord uændret med tilbage, og aftal, hvordan de fortsat får indflydelse. Bed om deres samtykke, og giv dem noget til gengæld for deres tid.

## Question bank 2 – Communication
statement-37 = Vores partnermøder følger en fast mødeplan.
statement-37-action = Book allerede i denne uge faste mødedatoer for det næste halve år, og send dem til alle parter.
statement-38 = Vores møder ligger på tidspunkter, der passer de personer, som deltager ulønnet, fx frivillige.
statement-38-action = Spørg de personer, der deltager ulønnet, hvilke tidspunkter der passer dem; flyt mindst hvert andet møde til sådan et tidspunkt, eller giv dem mulighed for at deltage online.
statement-39 = Alle parter, også de frivillige, har adgang til det sted, hvor vores fælles dokumenter ligger.
statement-39-action = Tjek i denne uge, at alle parter har adgang til den fælles mappe eller kanal; lukker én parts system de andre ude, så vælg et sted, som alle kan bruge, og som overholder reglerne om databeskyttelse.
statement-40 = På vores møder føler jeg mig fri til at sige åbent, når jeg er uenig.
statement-40-action = Start næste møde med anonyme sedler: hver part skriver én bekymring ned, mødelederen læser dem op, og I vælger én, som I drøfter. Gentag det, indtil en mundtlig runde føles tryg.
statement-41 = Vi kender hinandens vilkår, fx kommunens regler og den måde, foreningernes frivillige bestyrelser træffer beslutninger på.
statement-41-action = Giv hver part ti minutter på næste møde til at fortælle, hvordan beslutninger træffes i dens egen organisation, hvor lang tid de tager, og hvad den ikke har mulighed for.
statement-42 = Foreningerne kan kritisere kommunen offentligt uden at skulle frygte for deres tilskud.
statement-42-action = Skriv ind i aftalen, at foreningerne bevarer deres ret til at udtale sig offentligt, også kritisk, og at tilskud alene afgøres ud fra tilskudsordningens egne kriterier og ikke af foreningernes offentlige udtalelser; lad kommunen bekræfte det på næste møde.

## Question bank 2 – Roles and tasks
statement-43 = Hver parts opgaver er skrevet ned et sted, hvor alle parter kan finde dem.
statement-43-action = Skriv én side om, hvem der gør hvad, læg den, hvor alle parter kan finde den, og gennemgå den, hver gang en part træder ind eller ud.
statement-44 = Parterne gør det, de har lovet, inden for den tid, de har lovet.
statement-44-action = Afslut hvert møde med at læse op, hvem der har lovet hvad til hvornår; begynd det næste med to minutters opfølgning på løfterne – uden at placere skyld.
statement-45 = Jeg ved, hvem der beslutter hvad i partnerskabet.
statement-45-action = Lav inden for to uger en enkel oversigt over, hvem der beslutter hvad: hvad parterne beslutter sammen, hvad hver organisation beslutter alene, og hvem der godkender udgifter.
statement-46 = Parterne træffer de vigtige beslutninger sammen.
statement-46-action = Send spørgsmålet til alle parter to uger før den næste vigtige beslutning, og lad en ikke-offentlig part forberede det sammen med kommunen.
statement-47 = Hver forening bestemmer selv, hvilke opgaver den påtager sig i partnerskabet.
statement-47-action = Lad på næste møde hver forening sige, hvilke opgaver den vil påtage sig, og hvilke den ikke vil, og skriv dens valg ind i aftalen.
statement-48 = Vi har aftalt, hvilke opgaver frivillige løser, og hvilke der bliver hos de ansatte.
statement-48-action = Lav inden for en måned en liste over aktivitetens opgaver, og markér hver opgave som de frivilliges, de ansattes eller fælles; gå listen igennem med de frivillige og med tillidsrepræsentanterne.
statement-49 = En person har fået afsat arbejdstid til at koordinere partnerskabet.
statement-49-action = Aftal, hvem der koordinerer, og hvor mange timer om måneden det kræver; har ingen tid til det, så beslut, hvilken part der betaler for timerne, eller skiftes til at tage opgaven.

## Question bank 2 – Evaluation
statement-50 = Vi har aftalt, hvordan vi kan se, om partnerskabet lykkes.
statement-50-action = Bliv på næste møde enige om to eller tre tegn på succes – mindst ét af dem beskrevet af de mennesker, partnerskabet er til for – og skriv ned, hvordan I vil kunne se hvert af dem.
statement-51 = De mennesker, partnerskabet er til for, er med til at vurdere, om det gør en forskel.
statement-51-action = Tal inden næste statusrapport med tre af de mennesker, partnerskabet er til for, om hvad der har ændret sig for dem – gerne der, hvor de i forvejen kommer, fx til aktiviteten; tag deres ord med til mødet.
statement-52 = Vi ser på vores fremskridt sammen på faste tidspunkter i løbet af året.
statement-52-action = Sæt allerede nu to opfølgninger i kalenderen, én midtvejs og én ved årets udgang, og udpeg, hvem der forbereder dem.
statement-53 = I løbet af det seneste år har vi ændret en arbejdsgang på baggrund af det, vores resultater viste.
statement-53-action = Afslut næste evalueringsmøde med at vælge ét resultat og beslutte én konkret ændring, der skal være gennemført til mødet efter.
statement-54 = Vores resultater når frem til hver parts beslutningstagere, fx bestyrelsen i en forening eller kommunens ansvarlige udvalg.
statement-54-action = Send inden for en måned en statusrapport på én side til hver parts beslutningstagere – bestyrelsen i en forening, lederen eller udvalget i kommunen – og gentag det hvert halve år.
statement-55 = Aktiviteterne gør en mærkbar forskel for de mennesker, partnerskabet er til for.
statement-55-action = Spørg de mennesker, partnerskabet er til for, hvilken forskel de mærker; mærker de ikke meget, så drøft på næste møde, hvad I skal ændre eller stoppe med.

## Question bank 2 – Flexibility
statement-56 = I løbet af det seneste år har vi ændret en aktivitet ud fra det, brugerne af den har fortalt os.
statement-56-action = Spørg brugerne af aktiviteten og de medarbejdere og frivillige, der er tættest på dem, hvad der bør ændres; hold aktivitetsplanen op mod svarene på næste møde.
statement-57 = I løbet af det seneste år har vi afprøvet en ny idé i lille skala, før vi besluttede os for den.
statement-57-action = Vælg én ny idé, og afprøv den med en lille gruppe i fire uger, før I beslutter, om I vil fortsætte.
statement-58 = Der er plads på vores møder til at tale om det, der ikke har virket.
statement-58-action = Sæt et fast punkt på 15 minutter på dagsordenen til hvert andet møde: Hvad virkede ikke, hvad lærte vi, og hvad ændrer vi? Tal om, hvad der skete, ikke om hvem.
statement-59 = Før vi beslutter noget, kan hver part sige, hvad den ikke kan acceptere.
statement-59-action = Før den næste vigtige beslutning: Lad hver part nævne, hvad den ikke kan acceptere; skriv det ned, og hold beslutningen op mod det.
statement-60 = Vi har aftalt, hvordan ændringer i vores plan bliver besluttet.
statement-60-action = Skriv inden for en måned ind i aftalen, hvem der kan foreslå en ændring af planen, hvem der skal godkende den, og hvordan de andre parter får besked.
statement-61 = Vi har aftalt, hvem der hjælper os, når parterne ikke kan blive enige.
statement-61-action = Aftal på næste møde, hvem I går til, når I ikke kan blive enige: to mødeledere fra hver sin sektor, en person uden for partnerskabet, som alle har tillid til, eller en ekstern facilitator.

## Question bank 2 – Anchoring
statement-62 = Vi har aftalt, hvordan vi afslutter partnerskabet konstruktivt, hvis det ikke fungerer.
statement-62-action = Skriv før næste møde et kort udkast til en bestemmelse om udtræden: opsigelsesvarsel, hvem der beholder hvad, og hvordan brugerne af aktiviteterne bliver informeret.
statement-63 = Vi har aftalt, hvad brugerne af en aktivitet får tilbudt, hvis den stopper.
statement-63-action = Aftal for hver aktivitet, som frivillige driver, hvad brugerne får tilbudt, hvis den stopper, og hvem der fortæller dem det.
statement-64 = Det er aftalt, hvem der holder hver aktivitet i gang på lang sigt.
statement-64-action = Udpeg inden for en måned en ansvarlig for hver aktivitet, også efter den nuværende periode, og bed hver ansvarlig om at bekræfte det skriftligt.
statement-65 = Hver parts beslutningstagere, fx bestyrelsen i en forening eller kommunens ansvarlige udvalg, har sagt, at de bakker op om at videreføre arbejdet.
statement-65-action = Orientér i dette kvartal hver parts beslutningstagere – det ansvarlige udvalg i kommunen, bestyrelsen i en forening – og spørg, hvad der skal til, for at de kan bakke op om at videreføre arbejdet.
statement-66 = Medarbejdere, der møder borgere i deres daglige arbejde, henviser folk til aktiviteterne.
statement-66-action = Besøg inden for to måneder ét team af medarbejdere med direkte borgerkontakt, fx i hjemmeplejen eller på jobcentret, og vis dem, hvordan de kan henvise borgere til aktiviteterne.
statement-67 = For hver aktivitet er der mindst to personer, der kan drive den.
statement-67-action = Find en person mere til hver aktivitet, der i dag drives af én person alene. Lad de to drive den sammen de næste tre måneder, og skriv ned, hvordan det gøres.
statement-68 = Vi ved, hvordan arbejdet skal finansieres de kommende år.
statement-68-action = Lav en liste over mulige finansieringskilder – parternes egne budgetter, kommunale tilskud, private fonde, statslige puljer – og giv hver kilde til én part, som undersøger den før næste møde.

## Team view – Facilitator guide (the printable guide-da.html, linked from the team view)
# Added for the facilitator guide; keep this block at the end of the file.
guide-link = Sådan holder I mødet
## Issue 27 – Parter, anonymitet og "hvor I ser forskelligt" (tilføjet med teamreglerne; hold dem sidst)
partner-gap = Forskel mellem parter: { $higher } vurderer det { $gap } trin højere end { $lower }.
partner-gap-anon = To parters gennemsnit ligger mindst { $gap } trin fra hinanden.
differ-possible = Mulig forskel (få svar bag)
figure-equal = Teamtallet vægter parterne ens: hver part tæller én gang, uanset hvor mange den har sendt.
figure-one = Teamtallet er gennemsnittet af alle: der er kun én part.
figure-small = Teamtallet er gennemsnittet af alle: en part har sendt for få personer (2 i den fulde visning, 3 i den anonyme) til at tælle som en hel part.
figure-unmapped = Teamtallet er gennemsnittet af alle: nogen hører ikke til nogen part. Vælg deres part for at vægte parterne ens.
concern-title = Én parts bekymring
concern-intro = Vigtige udsagn, som en parts eneste besvarelse har svaret 1 på. Tag dem op på mødet på en måde, som parten er med på.
dyad-title = De to parter side om side
dyad-intro = Udsagn, hvor de to parters gennemsnit ligger 2 trin eller mere fra hinanden.
dyad-none = De to parter ligger mindre end 2 trin fra hinanden på alle udsagn.
summary-refused-few = Et resumé til referatet kræver mindst 5 besvarelser: med færre ville tallene pege på enkeltpersoner.
summary-refused-small = Et resumé til referatet kræver mindst 8 besvarelser, når en part har sendt færre end 3: ellers kunne den parts svar regnes ud.
partners-title = Parter
partners-intro = Vælg hver persons part: den organisation, personen hører til. En person uden part tæller med i gennemsnittet af alle, aldrig som en part for sig.
partner-none = Ingen part
differ-both-anon = Svar i begge ender af skalaen: mindst en femtedel af svarene er 1–2 og mindst en femtedel 4–5.
col-statement = Udsagn
partner-of = Part for { $name }
partner-new-label = Navn på en ny part (en organisation)
partner-add = Tilføj part
partners-damaged = Parterne i dette link kunne ikke læses: de tages i stedet fra svarene. Intet andet går tabt.
partners-unmapped = Nogen hører ikke til nogen part: de tæller kun med i gennemsnittet af alle. Vælg deres part nedenfor.
team-small = Med én eller to personer er der ingen spredning i teamet: læs tallene som hver persons eget billede. Den anonyme visning og resuméet til referatet viser ingen tal for færre end 3 personer.
## Team view – Meeting display and files (issue 30; keep this block at the end)
file-respondent = Besvarelse
file-sector = Sektor
file-date = Dato
file-language = Sprog
file-area = Område
file-statement-no = Udsagn nr.
file-statement = Udsagn
file-answer = Svar
file-action-no = Nr.
file-action = Handling
file-status = Status
file-partnership = Partnerskab
export-plan-csv = Hent planen som CSV
calendar-left-out = Ikke med i kalenderfilen, fordi de endnu ikke har en frist: { $n }. Giv dem en frist for at få dem med.
calendar-reminder = Frist om en uge
meeting-agreed-title = Vores fælles syn pr. område
meeting-agreed-count = Fælles syn noteret: { $n } af 6 områder.
meeting-trend = Sidst: { $score } af 100.
meeting-items = Vist: { $from }–{ $to } af { $n }.
meeting-hint-touch = På en berøringsskærm: stryg til siden.
agreed-score = Fælles score
agreed-score-for = Fælles score for { $area } (0–100)
agreed-disagree = Vi er uenige
agreed-note = Note
agreed-note-for = Note om { $area }
agreed-date = Mødets dato
agreed-none = Ikke noteret
minutes-title = Referat
minutes-anonymous = Anonym visning: ingen enkeltpersoners svar, navne, organisationer eller sektorer og intet tal, der bygger på færre end 3 personer.
# ── Overdragelse (issue 29): tekster tilføjet af arbejdet med overdragelsen. Nye nøgler skrives her. ──

## Interface – Damaged links (hand-off)
err-no-answers = Adressen peger på en side i Samspil, men rummer ingen svar, så den viser ikke nogens resultat. Et resultatlink rummer svarene: Bed afsenderen om linket under »Del resultatet«.

## Interface – Results (hand-off)
unanswered-title = Nogle udsagn er ikke besvaret
unanswered-body = { $n } af { $total } udsagn har intet svar. Resultatet bygger kun på dem, du har besvaret. Du kan gå tilbage til de andre eller beholde resultatet, som det er.
unanswered-back = Besvar de resterende udsagn

## Interface – Start view (hand-off)
invited-title = Du er inviteret til at tage tjekket
invited-name = Partnerskab: { $name }
invited-by = Svar gerne senest { $date }.
invited-facilitator = Dit resultat skal sendes til facilitatoren, { $name }.
open-in-tab = Åbn i en ny fane
date-numeric = { $d }.{ $m }.{ $y }

## Interface – Results (hand-off), sending
handoff-title = Send resultatet til facilitatoren
handoff-intro = Linket rummer dine svar. Send det kun til facilitatoren. Arbejder facilitatoren i en offentlig myndighed, kan der blive givet aktindsigt i en e-mail: Det sikreste er at vise facilitatoren QR-koden under »Del resultatet« på mødet.
handoff-send = Send til facilitatoren
handoff-send-to = Send til { $name }
handoff-link = Dit link til facilitatoren
handoff-subject = Mit resultat fra Samspil: { $name }
handoff-subject-plain = Mit resultat fra Samspil
handoff-message = Her er linket til mit resultat fra Samspil-tjekket. Det rummer mine svar, så brug det kun til det samlede billede.

## Team view – Invitations (hand-off)
invite-partners = Invitér parterne
invite-partners-title = Invitér parterne
invite-partners-intro = Ét link til alle parter: Det åbner tjekket med partnerskabets navn udfyldt og fortæller, hvornår de skal svare, og hvem de skal sende resultatet til. Linket rummer ingen svar.
invite-by = Svarfrist (valgfrit)
invite-facilitator = Dit navn (valgfrit)
invite-email = Din e-mailadresse (valgfrit)
invite-email-hint = Parternes »Send til facilitatoren« skriver til denne adresse. I en offentlig myndighed kan der blive givet aktindsigt i de e-mails, du modtager; er du i tvivl, så udelad adressen, og saml resultaterne ind på mødet.
invite-email-bad = Det er ikke en e-mailadresse, Samspil kan bruge. Skriv den som navn@eksempel.dk.
invite-link = Invitationslink
invite-link-qr = QR-kode til invitationen

# Where you differ: statements with too few answers for "both ends" (issue 27)
differ-few = Færre end 6 svar, for få til at kalde det uenighed: nogen svarede 1–2, hvor andre svarede 4–5, på udsagn {$list}. Spørg ind til det på mødet.
compare-partners-changed = Parterne er ikke de samme i de to runder (kommet til: { $joined }; gået fra: { $left }), så ingen ændring kaldes tydelig: den kan skyldes, hvem der svarede, ikke partnerskabet.

## Team view – Findings on paper (the team page loads them as they come near the screen)

findings-print-note = »Her ser I forskelligt på tingene« og »Det kan teamet gøre nu« er ikke med på siden endnu: luk udskriften, rul ned til dem, og udskriv igen, eller udskriv med Ctrl+P.
## Team view – Rounds over time (issue 31)
rounds-title = Runder over tid
rounds-intro = Teamlinket har tallene fra partnerskabets tidligere runder med, aldrig nogens svar, så det seneste link rummer hele historikken. Indsæt den forrige rundes teamlink her for at tilføje den.
rounds-label = Den forrige rundes teamlink
rounds-button = Tilføj den forrige runde
rounds-added = Runden fra { $date } ({ $people } personer) er føjet til historikken. Kopiér teamlinket nedenfor for at gemme den.
rounds-earlier-damaged = Dens egne tidligere runder kunne ikke læses og er ikke med.
rounds-not-team = Der blev ikke fundet noget teamlink i teksten. Indsæt den forrige rundes teamlink.
rounds-damaged = De tidligere runder i dette link kunne ikke læses ({ $reason }). Denne runde åbner som sædvanlig. Indsæt den forrige rundes teamlink igen for at genskabe historikken.
rounds-no-partner = Ingen part
rounds-now = Denne runde ({ $date })
rounds-older = { $count } ældre runder, { $from } til { $to } (laveste–højeste)
rounds-future = Runden fra { $date } er dateret efter i dag: datoen kan være forkert.
rounds-order = Runden fra { $date } er dateret før runden over den.
rounds-bank = Fra runden { $date } svarede teamet på en anden version af udsagnene: områdetal før og efter sammenlignes ikke.
rounds-chart = Teamtal pr. område, ét punkt pr. runde, den ældste til venstre. Linjen er brudt, hvor versionen af udsagnene skiftede.
rounds-caption = Teamtal pr. område i hver runde med antal personer og parterne
rounds-col-round = Runde
rounds-col-people = Personer
rounds-change-title = Ændring siden runden fra { $date }
rounds-other-bank = De to runder brugte forskellige versioner af udsagnene: andre udsagn er ikke en ændring, så der gives ingen ændring pr. område.
rounds-other-bank-cell = anden version af udsagnene
rounds-matched = Parterne er ikke de samme i de to runder (kommet til: { $joined }; gået fra: { $left }). Ændringen beregnes kun ud fra de parter, der var med begge gange, og de tæller lige meget.
rounds-too-small = kan ikke sammenlignes: en part havde færre end 3 personer
rounds-clear = tydelig ændring
rounds-rule = En ændring kaldes kun tydelig, når den er mindst 10 point og mindst to gange sin standardfejl, beregnet ud fra begge runders spredning og antal personer, med mindst 5 personer hver gang.
rounds-carry = Tag med i den nye plan
rounds-carried = Med i den nye plan, med sin ansvarlige.
recent-title = Teams på denne enhed
recent-intro = Det seneste teamlink for hvert partnerskab gemmes kun på denne enhed og sendes aldrig nogen steder hen. Åbn et for at starte dets næste runde, eller fjern det, du ikke længere har brug for.
recent-item = { $name }, gemt { $date }
recent-open = Åbn { $name }
recent-remove = Fjern { $name }
recent-unnamed = Team uden navn
recent-kept = Dette team gemmes på denne enhed som partnerskabets seneste (sendes aldrig). Du kan fjerne det under "Teams på denne enhed" på den tomme teamside.
## Team view – Collecting in the room (hand-off, issue 29)
scan-open = Scan QR-koder med resultater
scan-title = Scan parternes resultater
scan-intro = Hver part åbner sit resultat på telefonen og holder QR-koden under »Del resultatet« op foran dette kamera. Hvert resultat bliver tilføjet teamet, som når et link indsættes. Kameraets billede bliver i denne browser.
scan-video = Kameraets billede
scan-waiting = Kameraet er tændt. Hold et resultats QR-kode foran det.
scan-read = QR-kode { $n }: { $outcome }
scan-no-result = Denne QR-kode rummer intet resultat fra Samspil.
scan-refused = Samspil må ikke bruge kameraet. Tillad kameraet for denne side i browserens indstillinger, og prøv igen, eller indsæt parternes links i feltet ovenfor.
scan-missing = Der blev ikke fundet noget kamera. Indsæt parternes links i feltet ovenfor i stedet.
scan-failed = Kameraet kunne ikke startes: Et andet program bruger det måske. Prøv igen, eller indsæt parternes links i feltet ovenfor.
scan-to-paste = Gå til feltet til links
scan-retry = Prøv kameraet igen
respondents-missing = Endnu intet resultat fra: { $names }
