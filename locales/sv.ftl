# Samspil – svenska texter.
# One message per text. Keys are the same in every language file; `{ $name }` is a
# value Samspil fills in and must stay as it is. Check with
# `cargo test --test texts`; see the README's "Translate Samspil".


## Interface
app-name = Samspil
tagline = Hälsokontroll för ert partnerskap

## Interface – Header and footer
language = Språk
saved-on-device = Sparat på den här enheten
footer-privacy = Samspil körs helt i din webbläsare. Inga kakor, ingen spårning, inget skickas vidare.
notice-storage-unavailable = Webbläsaren låter inte Samspil spara på enheten. Dina svar finns i den här fliken och i dess adress tills du stänger den.
notice-storage-embedded = När Samspil är inbäddat på en annan webbplats låter webbläsaren inte Samspil spara dina svar. De finns kvar medan sidan är öppen. Öppna Samspil i en egen flik för att spara dem på enheten.
notice-bad-options = Sidans inställningar för Samspil innehöll värden som ignorerades: { $names }. Samspil fungerar som vanligt.
notice-storage-corrupt = Sparade svar på den här enheten gick inte att läsa och har tagits bort. Du kan börja om.
notice-host-options = Adressen innehöll inställningar som bara gäller när Samspil visas på en annan webbplats ({ $names }). De har inte använts här.
notice-other-answers = Den här adressen innehåller andra svar än de som är sparade på enheten. Dina sparade svar finns kvar. Svaren från adressen visas nedan som ett delat resultat.
notice-updated-elsewhere = Dina svar ändrades i en annan flik eller ett annat fönster. Den här fliken visar nu de senaste svaren.
notice-lang-failed = Språket kunde inte hämtas (kontrollera anslutningen). Samspil fortsätter på det här språket, och alla svar finns kvar.
lang-loading = Hämtar språket …

## Interface – Start view
start-title = Hur mår ert partnerskap?
start-intro = Samspil är en hälsokontroll för samverkan mellan kommun, idéburna organisationer, företag och medborgare. Du tar ställning till { $n } påståenden inom sex områden: gemensamma mål, kommunikation, roller och ansvar, utvärdering, flexibilitet och förankring. Sedan ser du var samverkan är stark och får konkreta förslag på vad ni kan ta upp på nästa möte.
start-time = Det tar ungefär 10 minuter. Du kan hoppa över vilket påstående som helst.
privacy = Dina svar stannar i den här webbläsaren. Inget skickas till någon server.
about-you = Om dig (valfritt)
sector-label = Vilken typ av aktör företräder du?
sector-none = Vill inte ange
sector-municipality = Kommun eller region
sector-volunteer = Frivilligcentral, förening eller annan idéburen organisation
sector-company = Företag
sector-foundation = Stiftelse
sector-citizen = Medborgare
sector-other = Annat
sector-local-authority = Kommun
sector-region = Region eller hälso- och sjukvård
sector-volunteer-centre = Frivilligcentral
sector-association = Förening eller annan idéburen organisation
sector-local-group = Självorganiserade medborgare eller lokal grupp
sector-users = Brukare och anhöriga
sector-education = Skola eller utbildning
org-label = Din organisation
org-hint = Frivilligt, högst 40 tecken. Namnet stannar på den här enheten och följer bara med i din resultatlänk och i processledarens teamlänk, aldrig i sammanfattningen för minnesanteckningarna.
label-label = Partnerskapets namn
label-hint = Högst 40 tecken. Namnet visas tillsammans med ditt resultat.
start-button = Starta hälsokontrollen
resume-title = Välkommen tillbaka
resume-body = Du har en påbörjad hälsokontroll på den här enheten: { $n } av { $total } påståenden besvarade.
resume-continue = Fortsätt där jag slutade
start-over = Börja om

## Interface – Questionnaire
progress = Framsteg
step-of = Steg { $k } av { $total }
answered-of = { $n } av { $total } påståenden besvarade
scale-1 = Instämmer inte alls
scale-2 = Instämmer inte
scale-3 = Varken eller
scale-4 = Instämmer
scale-5 = Instämmer helt
dont-know = Vet inte
not-relevant = Inte relevant för oss
back = Tillbaka
next = Nästa
see-results = Se resultatet
to-start = Till startsidan

## Interface – Results
results-title = Din bild av partnerskapet
shared-title = Ett delat resultat
overall = Samlat resultat: { $score } av 100 – { $band }.
overall-weakest = Svagaste område: { $area }.
overall-no-weakest = Inget enskilt område sticker ut som det svagaste.
overall-capped = Nivån är sänkt så att den ligger högst en nivå över det svagaste området: ett partnerskap med ett område i kris kallas inte starkt.
overall-gaps = Kunskapslucka: { $areas }. De flesta svaren där var ”vet inte”.
overall-none = Ett samlat resultat kräver poäng i minst 5 av de 6 områdena. Ett område får poäng när minst tre av dess påståenden är besvarade på skalan.
weakest-note = Det samlade resultatet är medelvärdet av områdena; ett område nämns som det svagaste när det ligger minst 5 poäng under alla andra.
band-needs-attention = behöver uppmärksamhet
band-developing = under utveckling
band-strong = starkt
bands-explained = Behöver uppmärksamhet: under 40 · Under utveckling: 40–69 · Starkt: 70 och över
not-enough = för få svar
radar-title = De sex områdena
radar-desc = Radardiagram med de sex områdenas poäng från 0 till 100. Samma siffror finns i tabellen nedan.
start-here = Ta med till nästa möte
start-here-intro = En persons svar kan inte avgöra vad partnerskapet ska göra. Här är vad du kan ta upp med de andra parterna – de allvarligaste svaren först.
action-gap = Ta reda på vad partnerskapet inte vet om { $area }: fråga parterna vilka påståenden de inte kunde bedöma, och kom överens om vem som tar med de uppgifter som saknas till nästa möte.
action-clarify = Reda ut { $area }: de flesta svaren var ”varken eller” eller ”vet inte”. Gå igenom påståendena ett i taget på nästa möte och fråga vad som skulle få varje part att svara ja eller nej.
more-actions = Också värt att göra
no-actions = Besvara fler påståenden för att få förslag på åtgärder.
see-area = Se området { $area }
table-caption = Poäng per område
col-area = Område
col-score = Poäng (0–100)
col-band = Nivå
col-answered = Besvarade
col-dont-know = Vet inte
col-not-relevant = Inte relevant
details-title = Svaren område för område
not-answered = Inte besvarat
dont-know-finding = { $n } × ”vet inte”. Många ”vet inte”-svar säger något i sig: vem vet svaret?
change-answers = Ändra mina svar

## Interface – Sharing
share-title = Dela resultatet
share-intro = Länken innehåller dina svar. Alla som har länken ser resultatet; det sparas ingen annanstans. Skicka den bara till processledaren, inte i en gemensam chatt: då kan processledaren samla allas länkar till en gemensam bild utan att de andra ser dina svar.
result-link = Länk till resultatet
copy-link = Kopiera länk
copied = Länken är kopierad
copy-failed = Det gick inte att kopiera. Markera länken och kopiera den själv.
qr-title = QR-kod med länken
qr-too-long = Länken är för lång för en QR-kod som telefoner kan läsa tillförlitligt. Kopiera länken och skicka den i stället.
print = Skriv ut
download-radar = Ladda ner radardiagrammet (SVG)

## Interface – Shared result
shared-about = Om resultatet
shared-label = Partnerskap
shared-sector = Sektor
shared-date = Datum
not-given = Inte angivet
take-check = Gör hälsokontrollen själv

## Interface – Damaged links
link-error-title = Länken går inte att öppna
err-not-found = Adressen innehåller inget Samspil-resultat.
err-bad-character = Länken innehåller ett tecken som inte hör dit. Den har troligen ändrats när den kopierades.
err-bad-length = Länken är för kort eller för lång. Den har troligen kortats av när den skickades.
err-bad-checksum = Länken har ändrats eller kortats av, så svaren i den går inte att lita på.
err-unknown-version = Länken är gjord med en nyare version av Samspil. Ladda om sidan för att få den senaste versionen.
err-out-of-range = Länken innehåller värden som Samspil inte känner igen.
err-wrong-kind = Det är en teamlänk där en resultatlänk väntades, eller tvärtom.
err-summary-only = Det är en sammanfattning för minnesanteckningarna: den innehåller inga enskilda svar och kan inte läggas till i ett team. Öppna den för att se teamets siffror.
link-error-help = Be avsändaren om en ny länk, eller gör en egen hälsokontroll. Dina egna svar på den här enheten påverkas inte.
start-fresh = Gå till startsidan
panic-title = Något gick fel
panic-body = Samspil stötte på ett fel. Dina svar finns kvar i länken och på den här enheten. Ladda om sidan för att fortsätta där du var.
panic-reload = Ladda om sidan

## Team view
team-title = Samlad bild
team-intro = Samla alla parters resultatlänkar i en bild: var ni är överens, var ni ser olika på saker och vad ni kan göra nu. Allt stannar i den här webbläsaren.
open-team = Samlar du teamets länkar? Öppna teamvyn
part-failed = Den här delen av sidan kunde inte hämtas (kontrollera anslutningen).
part-retry = Försök igen

## Team view – Adding links
add-title = Lägg till resultatlänkar
add-label = Klistra in resultatlänkar eller en teamlänk
add-hint = En länk eller många på en gång: en per rad eller en hel chatt med länkar i texten. Samspil hittar länkarna själv.
add-button = Lägg till länkarna
report-not-read = Länkar som inte lästes: { $n }. Klistra in högst 120 åt gången.
report-title = Så gick det med länkarna
report-line = Rad { $line }
report-added = Tillagd.
report-team-added =
    { $n ->
        [one] Teamlänk: { $n } svarande tillagd.
       *[other] Teamlänk: { $n } svarande tillagda.
    }
report-duplicate = Inte tillagd: samma resultat finns redan med.
report-team-duplicates = Fanns redan med: { $n }.
report-full = Inte tillagd: ett team rymmer högst 50 svarande.
report-team-left-out = Utelämnade: { $n } (ett team rymmer högst 50 svarande).
report-left-out = Ett team rymmer högst 50 svarande. Utelämnade: { $n }.
report-none-found = Det fanns ingen Samspil-länk i texten. En länk innehåller #r= eller #t=.

## Team view – Respondents
respondents-title = Svarande ({ $n })
respondents-show = Visa listan
respondents-hide = Dölj listan
respondent = Svarande { $n }
no-respondents = Inga svarande ännu. Klistra in resultatlänkarna ovan.
remove-respondent = Ta bort svarande { $n }

## Team view – Team radar and table
team-radar-title = Teamets resultat per område
team-radar-desc = Radardiagram: varje svarande som en tunn linje, teampoängen (varje sektor räknas en gång) som en fet linje och spannet från lägsta till högsta poäng skuggat. Samma siffror finns i tabellen.
team-mean = Teampoäng
legend-title = Så läser du diagrammet
legend-mean = Fet linje med punkter: teampoängen (meningen under den samlade poängen säger hur den är gjord)
legend-each = Tunna grå linjer: varje svarande
legend-range = Skuggat band: från lägsta till högsta poäng
team-table-caption = Teamets poäng per område
col-mean = Teampoäng
col-headcount = Medelvärde av alla
team-table-note = Teampoäng: varje part räknas en gång, oavsett hur många den har skickat, när alla parter har skickat minst två; annars medelvärdet av alla, som räknar varje person en gång. Meningen ovan säger vilket.
col-min = Lägsta
col-max = Högsta
col-sd = Spridning (SD)

## Team view – Where you differ
differ-title = Där ni ser olika på saker
differ-rule = Först områden där två parters medelvärden ligger ett helt steg eller mer isär. Sedan områden och påståenden med svar i båda ändar av skalan: minst 6 svar, minst en femtedel av dem 1–2 och en femtedel 4–5. Sist högst fem möjliga skillnader i enskilda påståenden, där två parter med minst 3 svar var ligger ett helt steg isär.
differ-count =
    { $n ->
        [one] { $n } ställe där ni ser olika på saker.
       *[other] { $n } ställen där ni ser olika på saker.
    }
differ-none = Inget område och inget påstående delar teamet enligt den här regeln. Fråga ändå: vem svarade ”vet inte”, och varför?
differ-area = Område: { $area }
differ-statement = Påstående { $n } · { $area }
differ-gap = Skillnad mellan sektorer: { $gap } steg. Högst: { $higher }. Lägst: { $lower }.
differ-both = Svar i båda ändar av skalan: { $low } av { $n } svar är 1–2, { $high } är 4–5.
differ-both-area = { $n } av områdets påståenden har svar i båda ändar av skalan.
differ-more = Visa de övriga { $n }
differ-ask = Att samtala om

## Team view – By sector
sector-title = Parternas perspektiv
sector-intro = Varje parts medelvärde per område, med antalet personer bakom inom parentes. Upplever alla parter partnerskapet som jämbördigt?
sector-caption = Medelvärde per part (personer bakom varje siffra)
sector-table-none = Ännu hör ingen svarande till en part: skriv parternas namn nedan.

## Team view – Team actions
team-actions-title = Det kan teamet göra nu
team-actions-intro = I ordning: påståenden som minst en tredjedel av svaren satte till 1–2, eller där en parts medelvärde är 2,0 eller lägre, eller där två parter ligger 1,5 steg isär (de allvarligaste först); sedan områden med kunskapsluckor eller osäkra svar; sedan teamets svagaste områden.
team-actions-languages = Åtgärderna säger samma sak på alla språk, med varje lands egna namn (till exempel kommunens arbetsmarknadsenhet). Två lägger till något: på svenska nämner åtgärden om roller också IOP-avtalet, och på finska nämner åtgärderna om finansiering STEA.

## Team view – Team link and export
team-link-title = Teamlänken
team-link-intro = En länk rymmer hela teamet (upp till 50 svarande). När den öppnas visas den här samlade bilden igen.
full-link-warning = Länken innehåller varje persons svar. Lägg den inte i minnesanteckningar som kan bli allmän handling; använd sammanfattningen för minnesanteckningarna nedan.
summary-title = Sammanfattning för minnesanteckningarna
summary-intro = Den här länken innehåller bara det som dess sida visar: en teampoäng per område i hela poäng, var ni ser olika på saker, åtgärderna och det mötet beslutade: era gemensamma bedömningar och planen med ansvariga och datum. Inga enskilda svar, inga namn på dem som svarat, inga organisationer eller antal, och varje siffra bygger på minst 3 personer. Den görs först från 5 svarande (8 när en part har skickat färre än 3). Den öppnar en samlad bild som bara går att läsa.
summary-link = Länk till sammanfattningen
summary-view-title = Teamets sammanfattning
summary-view-note =
    { $n ->
        [one] En sammanfattning för minnesanteckningarna: teamets siffror från { $n } svarande. Den innehåller inga enskilda svar och kan därför inte byggas på eller ändras.
       *[other] En sammanfattning för minnesanteckningarna: teamets siffror från { $n } svarande. Den innehåller inga enskilda svar och kan därför inte byggas på eller ändras.
    }
anon-toggle = Dölj enskilda svar (anonym visning)
anon-note = Anonym visning: inga namn, parter, antal eller enskildas linjer, och en teampoäng per område som var och en bygger på minst 3 personer.
team-link = Teamlänk
team-qr = QR-kod med teamlänken
team-qr-show = Visa som QR-kod
team-qr-hide = Dölj QR-koden
export-csv = Ladda ner som CSV
export-json = Ladda ner som JSON

## Team view – Action plan
plan-title = Vår handlingsplan
plan-intro = Gör förslagen till åtaganden: vem gör vad, och när. Ta med högst 8 åtgärder; planen följer med i teamlänken, så den alltid finns tillsammans med det den bygger på.
plan-take = Ta med i planen
plan-taken = Finns i planen
plan-own-label = Er egen åtgärd
plan-own-add = Lägg till i planen
plan-count = Åtgärder i planen: { $n } av 8
plan-chars = { $n } av { $max } tecken
plan-owner = Ansvarig
plan-due = Klart senast
plan-up = Upp
plan-down = Ner
plan-remove-short = Ta bort
plan-move-up = Flytta upp åtgärd { $n }
plan-move-down = Flytta ner åtgärd { $n }
plan-remove = Ta bort åtgärd { $n }
plan-full = Planen rymmer högst 8 åtgärder. Ta bort en innan ni lägger till en ny.
plan-empty = Det finns ännu inga åtgärder i planen. Ta med förslag ovan eller skriv en egen.
plan-calendar = Lägg till i kalendern (.ics)
plan-damaged = Planen i den här länken gick inte att läsa. { $reason } Teamet visas. Skriv planen igen; den sparas i teamlänken.
plan-before-title = Planen från förra gången
plan-before-intro = Markera hur långt varje åtgärd kom. Markeringarna sparas i teamlänken.
status-done = Genomförd
status-partly = Delvis
status-not-done = Inte genomförd
status-open = Inte markerad
plan-no-owner = Ingen ansvarig ännu
plan-no-date = Inget datum ännu

## Team view – Before and after
compare-title = Före och efter
compare-intro = Uppföljningsmöte ett halvår senare? Klistra in teamlänken (eller resultatlänkarna) från det tidigare mötet för att se vad som har ändrats. Teamet ovan är ”efter”.
compare-label = Länkar från det tidigare mötet
compare-button = Jämför
compare-before-damaged = Delen ”före” i den här länken gick inte att läsa. { $reason } Det nuvarande teamet visas. Klistra in teamlänken från det tidigare mötet igen för att jämföra.
compare-in-link = Jämförelsen ingår nu i teamlänken nedan: den visar båda mötena, även efter en omladdning.
compare-clear = Ta bort jämförelsen
compare-counts = Svarande: { $before } före, { $after } efter.
compare-radar-title = Före och efter per område
compare-radar-desc = Radardiagram: teampoängen före som en streckad linje och efter som en fet linje. Samma siffror finns i tabellen.
legend-before = Streckad linje: före
legend-after = Fet linje: efter
compare-caption = Förändring per område
col-before = Före
col-after = Efter
col-change = Förändring
no-clear-change = ingen tydlig förändring
compare-noise = Förändringar under 10 poäng, eller med färre än 5 svarande vid något av tillfällena, visas som ”ingen tydlig förändring”: det är sällan samma personer som svarar båda gångerna, och så små förändringar kan bero på slumpen.

## Team view – Meeting display
meeting-open = Visa på storskärm
meeting-title = Mötesvisning
meeting-hint = Piltangenterna eller Page Up/Page Down byter avsnitt. Escape avslutar.
meeting-position = Avsnitt { $k } av { $total }: { $title }
meeting-prev = Föregående
meeting-next = Nästa
meeting-leave = Avsluta mötesvisningen
invite-title = Gör hälsokontrollen i mobilen
invite-body = Skanna koden eller skriv in adressen. Det tar ungefär 10 minuter; skicka sedan din resultatlänk bara till processledaren.
invite-qr = QR-kod med adressen till hälsokontrollen

## Interface – Question bank versions and organisations
bank-mixed = En del har svarat på den första versionen av påståendena och en del på den andra. Poängen per område bygger på båda versionerna; siffrorna för ett enskilt påstående kommer bara från dem som svarade på just den versionen.
bank-first = Första versionen av påståendena
bank-second = Andra versionen av påståendena
bank-first-result = Det här resultatet bygger på den första versionen av Samspils påståenden och visas med de påståendena.
org-column = Organisation

## Question bank 1 – Statement 1
statement-1 = Alla parter, även målgruppen, var med och formulerade syftet med samverkan.
statement-1-action = Besök en aktivitet där personer från målgruppen redan finns, fråga några av dem vad de behöver och ta med deras ord oförändrade till nästa partnermöte. Be om deras samtycke och kom överens om hur de fortsatt kan vara med och påverka.

## Question bank 1 – Statement 2
statement-2 = Vi har skrivit ner ett enda gemensamt mål som alla parter kan förklara.
statement-2-action = Be samordnaren skriva ett utkast till det gemensamma målet i en mening till fredag; varje part godkänner eller justerar det före nästa möte.

## Question bank 1 – Statement 3
statement-3 = Varje part har öppet sagt vad den vill få ut av partnerskapet.
statement-3-action = Håll en workshop på 60 minuter där varje part skriver ner vad den behöver få ut av partnerskapet; diskutera sedan vad ni har gemensamt.

## Question bank 1 – Statement 4
statement-4 = Idéburna och andra icke-offentliga parter har lika stort inflytande över målen som de offentliga.
statement-4-action = Låt de idéburna och andra icke-offentliga parterna lägga fram det första utkastet till målen på nästa möte; de offentliga parterna kommenterar efteråt.

## Question bank 1 – Statement 5
statement-5 = Vi har stämt av att våra mål är realistiska med den tid och de pengar vi har.
statement-5-action = Låt varje part lista hur många timmar och hur mycket pengar den kan bidra med; jämför listan med målen på nästa möte och skjut upp mål som inte ryms.

## Question bank 1 – Statement 6
statement-6 = Vi träffas regelbundet på fasta tider, inte bara när problem uppstår.
statement-6-action = Boka in fasta mötesdatum för det kommande halvåret i alla parters kalendrar redan den här veckan.

## Question bank 1 – Statement 7
statement-7 = Vi har en gemensam plats där alla parter hittar den senaste informationen.
statement-7-action = Välj en gemensam mapp eller kanal den här veckan; samordnaren flyttar dit aktuella dokument och skickar länken till alla parter.

## Question bank 1 – Statement 8
statement-8 = Oenigheter tas upp öppet på våra möten, inte bara i korridoren.
statement-8-action = Inled nästa möte med en femminutersrunda där varje part nämner en sak som oroar den.

## Question bank 1 – Statement 9
statement-9 = Vi delar erfarenheter från vardagsarbetet med varandra även mellan mötena.
statement-9-action = Starta den här veckan en månatlig mejl- eller chattråd där varje part delar en erfarenhet från vardagen.

## Question bank 1 – Statement 10
statement-10 = Efter varje möte får alla parter korta minnesanteckningar om vad som beslutades.
statement-10-action = Från och med nästa möte skickar mötesledaren tre rader om beslut och ansvariga till alla parter inom ett dygn.

## Question bank 1 – Statement 11
statement-11 = Rollerna finns nedskrivna, inte bara muntligt överenskomna.
statement-11-action = Skriv en överenskommelse på en sida om vem som gör vad, skriv under den på nästa möte och se över den varje halvår.

## Question bank 1 – Statement 12
statement-12 = Vi har kommit överens om vilken roll varje part har: att peka på behov, utforma lösningar eller genomföra dem.
statement-12-action = Gå igenom de tre rollerna på nästa möte – att peka på behov, utforma lösningar och genomföra dem – och skriv ner vilken roll varje part har.

## Question bank 1 – Statement 13
statement-13 = Vi vet vem som får fatta vilka beslut i partnerskapet.
statement-13-action = Sammanställ inom två veckor en enkel översikt över vem som beslutar vad: vad styrgruppen beslutar, vad arbetsgruppen beslutar och vem som godkänner utgifter.

## Question bank 1 – Statement 14
statement-14 = Varje part har angett hur mycket tid, personal eller pengar den bidrar med.
statement-14-action = Be varje part meddela samordnaren senast vid månadens slut vad den bidrar med under det kommande halvåret: timmar, pengar, frivilliga, lokaler eller kunskap.

## Question bank 1 – Statement 15
statement-15 = En neutral processledare leder vårt gemensamma arbete, så att ingen part styr det ensam.
statement-15-action = Kom överens inom en månad om hur de två kommande mötena ska ledas så att ingen part styr ensam: två ordförande från olika sektorer, roterande ordförandeskap eller en extern processledare som inte själv är part.

## Question bank 1 – Statement 16
statement-16 = Vi kom överens om mätbara framgångskriterier när partnerskapet startade.
statement-16-action = Kom överens om tre mätbara framgångskriterier på nästa möte, vart och ett med ett värde och ett datum, och skriv in dem i överenskommelsen.

## Question bank 1 – Statement 17
statement-17 = Vi följer upp hur vi ligger till mot kriterierna vid fasta tidpunkter under året.
statement-17-action = Lägg in två uppföljningar i kalendern redan nu, en halvvägs och en vid årets slut, och utse vem som tar fram siffrorna.

## Question bank 1 – Statement 18
statement-18 = Målgruppen är med och bedömer om partnerskapet gör skillnad.
statement-18-action = Inför nästa lägesrapport: bjud in tre personer från målgruppen till ett samtal på 45 minuter om vad som har förändrats för dem.

## Question bank 1 – Statement 19
statement-19 = Vi har ändrat minst ett arbetssätt utifrån det vi har mätt.
statement-19-action = Avsluta nästa utvärderingsmöte med att välja ett resultat och besluta om en konkret förändring som ska vara genomförd till mötet därpå.

## Question bank 1 – Statement 20
statement-20 = Vi rapporterar våra resultat till ledningen i varje partnerorganisation.
statement-20-action = Skicka inom en månad en lägesbild på en sida med siffror till ledningen i alla partnerorganisationer; upprepa det varje kvartal.

## Question bank 1 – Statement 21
statement-21 = Vi anpassar verksamheten när målgruppens behov förändras.
statement-21-action = Fråga målgruppen och personalen närmast den vad som har förändrats i behoven; stäm av aktivitetsplanen mot svaren på nästa möte.

## Question bank 1 – Statement 22
statement-22 = Vi testar nya idéer i liten skala innan vi sprider dem.
statement-22-action = Välj en ny idé och testa den med en liten grupp i fyra veckor innan ni beslutar om ett bredare införande.

## Question bank 1 – Statement 23
statement-23 = När något misslyckas pratar vi om vad vi har lärt oss – inte om vems fel det är.
statement-23-action = Håll efter nästa motgång en genomgång på 30 minuter med tre frågor: Vad hände, vad lärde vi oss och vad ändrar vi?

## Question bank 1 – Statement 24
statement-24 = När parternas intressen krockar söker vi en kompromiss som alla kan acceptera.
statement-24-action = Lista de öppna intressekonflikterna på nästa möte; låt parterna nämna sina absoluta krav för var och en och kom överens om en kompromiss att pröva i en månad.

## Question bank 1 – Statement 25
statement-25 = Vi har kommit överens om hur vi avslutar partnerskapet konstruktivt om det inte fungerar.
statement-25-action = Skriv före nästa möte ett kort utkast till en avslutsklausul: uppsägningstid, vem som behåller vad och hur målgruppen informeras.

## Question bank 1 – Statement 26
statement-26 = Vi har diskuterat vad som ska leva vidare när projektmedlen tar slut.
statement-26-action = Sätt upp ”Vad lever vidare efter projektmedlen?” på dagordningen till nästa möte; varje part tar med en aktivitet som den kan driva vidare.

## Question bank 1 – Statement 27
statement-27 = Vi tar upp förankring löpande under hela arbetet, inte bara mot slutet.
statement-27-action = Gör förankring till en punkt vid de avstämningar ni redan har: notera varje gång vilka aktiviteter som har någon som ska ta över dem och vilka som ännu inte har det.

## Question bank 1 – Statement 28
statement-28 = Vi vet vem som ska driva verksamheten vidare efter projekttiden.
statement-28-action = Utse inom en månad en ansvarig för varje aktivitet efter projektets slut och be var och en bekräfta det skriftligt.

## Question bank 1 – Statement 29
statement-29 = Ledningen i varje partnerorganisation har sagt att den stöttar att arbetet fortsätter.
statement-29-action = Bjud in ledningen i varje partnerorganisation till en dragning på 30 minuter under det här kvartalet och fråga vad den behöver för att ställa sig bakom en fortsättning.

## Question bank 1 – Statement 30
statement-30 = Vi har tagit reda på var pengarna till nästa fas kan komma ifrån.
statement-30-action = Gör en lista över möjliga finansieringskällor, bland annat kommunens egen budget, stiftelser och fonder, och fördela dem så att en part kontaktar varje källa före nästa möte.

## Areas (both banks) – goals
area-goals = Gemensamma mål
area-goals-description = Om parterna är överens om vad partnerskapet är till för och vet vad var och en av dem vill få ut av det.
area-goals-attention-1 = Starta inga nya aktiviteter under två veckor (det som invånarna redan använder fortsätter) och bygg upp syftet från grunden i en workshop med alla parter, även de människor som partnerskapet är till för.
area-goals-attention-2 = Låt en person utanför partnerskapet som alla parter litar på intervjua parterna var för sig under den här månaden om deras förväntningar och redovisa skillnaderna på ett gemensamt möte.
area-goals-developing-1 = Skriv det gemensamma målet överst på dagordningen till alla möten de kommande tre månaderna.
area-goals-developing-2 = Stäm av på nästa möte om varje mål fortfarande är rimligt med tanke på resurserna, och justera de mål som inte är det.
area-goals-developing-3 = Fråga de människor som partnerskapet är till för inom två månader om syftet fortfarande svarar mot deras behov.
area-goals-strong-1 = Gå igenom målen med alla parter en gång om året, även med nya parter.
area-goals-strong-2 = Ge varje ny part en kort introduktion till syftet innan den deltar i sitt första möte.
area-goals-question-1 = Vilken del av vårt syfte beskriver vi olika?
area-goals-question-2 = Vad skulle var och en av oss kalla en framgång om ett år?

## Areas (both banks) – communication
area-communication = Kommunikation
area-communication-description = Hur information, farhågor och kunskap rör sig mellan parterna.
area-communication-attention-1 = Utse den här veckan en samordnare som ansvarar för att alla parter hålls informerade.
area-communication-attention-2 = Håll inom två veckor ett möte enbart om hur vi kommunicerar: vad fungerar, vad fungerar inte och vad provar vi nu?
area-communication-developing-1 = Be alla parter efter de tre nästa mötena att på en skala från 1 till 5 bedöma om de kände sig hörda, och diskutera svaren.
area-communication-developing-2 = Lägg in en informell träff, till exempel en gemensam lunch, i kalendern en gång per kvartal.
area-communication-strong-1 = Håll fast vid mötesplanen även under intensiva perioder: flytta möten i stället för att ställa in dem.
area-communication-strong-2 = Låt parterna turas om att leda mötena, så att kommunikationen inte hänger på en person.
area-communication-question-1 = Vilken information får vissa parter senare än andra?
area-communication-question-2 = Vad är svårt att säga högt på våra möten – och varför?

## Areas (both banks) – roles
area-roles = Roller och ansvar
area-roles-description = Vem som gör vad, vem som beslutar och vad varje part bidrar med.
area-roles-attention-1 = Gå igenom alla uppgifter på ett möte inom två veckor och skriv upp en ansvarig för varje.
area-roles-attention-2 = Klargör skriftligt vem som beslutar om pengar, personal och aktiviteter innan nya aktiviteter startar – i överenskommelsen, eller i IOP-avtalet om ni har ett.
area-roles-developing-1 = Jämför den nedskrivna rollfördelningen med det som faktiskt händer och uppdatera den på nästa möte.
area-roles-developing-2 = Kom överens inom den närmaste månaden om minst en uppgift där de idéburna och andra icke-offentliga parterna själva fattar beslutet.
area-roles-strong-1 = Gå igenom rollerna varje halvår och alltid när en part tillkommer eller lämnar partnerskapet.
area-roles-strong-2 = Skriv en kort överlämningsanteckning för varje roll, så att arbetet klarar byten av personal.
area-roles-question-1 = Vilken uppgift tror var och en av oss att någon annan ansvarar för?
area-roles-question-2 = Var upplever de icke-offentliga parterna att de blir hörda snarare än att de är med och beslutar?

## Areas (both banks) – evaluation
area-evaluation = Utvärdering
area-evaluation-description = Hur vi mäter framsteg och lär oss av det som resultaten visar.
area-evaluation-attention-1 = Kom överens under den här månaden om två eller tre enkla mått som ni kan börja samla in direkt, även om de inte är perfekta.
area-evaluation-attention-2 = Utse en part som ansvarar för utvärderingen och avsätt timmar för uppgiften i nästa månads planering.
area-evaluation-developing-1 = Avsätt 20 minuter på vartannat möte för att titta på siffrorna tillsammans.
area-evaluation-developing-2 = Låt de människor som partnerskapet är till för göra en egen bedömning i nästa utvärdering, till exempel i korta intervjuer.
area-evaluation-strong-1 = Publicera en kort årlig sammanfattning av resultaten som andra kan lära av.
area-evaluation-strong-2 = Dela er utvärderingsmetod med andra kommuner eller partnerskap som arbetar med liknande frågor.
area-evaluation-question-1 = Vad skulle övertyga var och en av oss om att partnerskapet fungerar?
area-evaluation-question-2 = Vems bedömning av resultaten väger tyngst i dag – och borde det vara så?

## Areas (both banks) – flexibility
area-flexibility = Flexibilitet
area-flexibility-description = Hur väl partnerskapet anpassar sig när behov eller förutsättningar ändras.
area-flexibility-attention-1 = Lyft på nästa möte en sak i planen som inte längre passar, och kom överens om hur den ska ändras.
area-flexibility-attention-2 = Skriv in i överenskommelsen inom en månad hur ändringar i planen beslutas och vem som ska godkänna dem.
area-flexibility-developing-1 = Planera en kort genomgång av planen varje kvartal där alla parter kan föreslå ändringar.
area-flexibility-developing-2 = Genomför ett litet försök inom de närmaste tre månaderna och utvärdera det öppet efteråt.
area-flexibility-strong-1 = För en enkel logg över ändringar och skälen till dem, som nya parter kan läsa.
area-flexibility-strong-2 = Berätta för andra kommuner och nätverk om de anpassningar som fungerade.
area-flexibility-question-1 = Vilken var den senaste ändringen vi gjorde, och hur beslutade vi den?
area-flexibility-question-2 = Vad skulle krävas för att vi skulle ställa om eller avsluta partnerskapet?

## Areas (both banks) – anchoring
area-anchoring = Förankring
area-anchoring-description = Det som lever vidare på lång sikt – och vem som bär det.
area-anchoring-attention-1 = Håll inom en månad ett möte enbart om vad som ska leva vidare på lång sikt och vem som kan bära det.
area-anchoring-attention-2 = Kartlägg vilka aktiviteter som är beroende av tidsbegränsade medel och vilka parterna kan bära inom sina ordinarie budgetar och sitt ordinarie arbete, utan att flytta anställdas uppgifter till frivilliga.
area-anchoring-developing-1 = Skriv en förankringsplan på en sida med ansvariga och datum, och följ upp den varje kvartal.
area-anchoring-developing-2 = Berätta för allmänheten och för lokalpolitiker vad partnerskapet åstadkommer, till exempel i en kort årlig sammanfattning eller på ett nämndmöte.
area-anchoring-strong-1 = Testa förankringsplanen nu: låt den som ska ta över en aktivitet driva den på egen hand i en månad.
area-anchoring-strong-2 = Samla metoder och kontakter i en kort handbok som finns kvar när projektpersonalen har slutat.
area-anchoring-question-1 = Vilken aktivitet skulle upphöra först om en part, en person eller en finansieringskälla föll bort?
area-anchoring-question-2 = Vem av oss räknar med att någon annan för arbetet vidare?

## Question bank 2 – Shared goals
statement-31 = Parterna är överens om varför den här uppgiften behöver lösas i ett partnerskap.
statement-31-action = Låt varje part fortsätta meningen ”Utan det här partnerskapet skulle vi inte kunna …” på nästa möte; skriv ner svaren på en sida och spara den tillsammans med överenskommelsen.
statement-32 = Jag skulle kunna förklara vårt gemensamma mål på två meningar för någon i min egen organisation.
statement-32-action = Låt varje part på egen hand skriva det gemensamma målet på två meningar under nästa möte; jämför versionerna och kom överens om en formulering som ni skriver ner.
statement-33 = Varje part har öppet sagt vad den vill få ut av partnerskapet.
statement-33-action = Avsätt 60 minuter till en runda där varje part berättar vad den behöver få ut av partnerskapet; skriv ner behoven bredvid det gemensamma målet och låt skillnaderna synas.
statement-34 = Min organisation eller grupp får ut tillräckligt av partnerskapet för att det ska vara värt vår insats.
statement-34-action = Låt varje part före nästa möte skriva ner vad den bidrar med och vad den får tillbaka, i pengar och på andra sätt; diskutera sedan tillsammans var det finns en obalans och vad som skulle kunna rätta till den.
statement-35 = Vi har stämt av att våra mål ryms inom den tid och de resurser som parterna har.
statement-35-action = Låt varje part lista vad den kan bidra med under det kommande halvåret – arbetstid, frivilliga, lokaler, kunskap eller pengar; jämför listan med målen på nästa möte och skjut upp mål som inte ryms.
statement-36 = Människor som partnerskapet är till för har varit med och beskrivit det behov vi arbetar med.
statement-36-action = Besök inom en månad en aktivitet där människor som partnerskapet är till för redan finns; fråga några av dem vad de behöver, ta med deras ord oförändrade tillbaka och kom överens om hur de fortsatt kan vara med och påverka. Be om deras samtycke och erbjud något i gengäld för deras tid.

## Question bank 2 – Communication
statement-37 = Partnerskapets möten hålls enligt en fast mötesplan.
statement-37-action = Boka in fasta mötesdatum för det kommande halvåret redan den här veckan och skicka dem till alla parter.
statement-38 = Våra möten hålls på tider som passar dem som deltar utan ersättning, till exempel frivilliga.
statement-38-action = Fråga dem som deltar utan ersättning vilka tider som passar dem; flytta minst vartannat möte till en sådan tid, eller låt dem delta digitalt.
statement-39 = Alla parter, även frivilliga, kommer åt den plats där våra gemensamma dokument finns.
statement-39-action = Kontrollera den här veckan att alla parter kommer åt den gemensamma mappen eller kanalen; om en parts system stänger ute de andra, välj en plats som alla kan använda inom ramen för dataskyddsreglerna.
statement-40 = På våra möten känner jag mig fri att öppet säga emot.
statement-40-action = Inled nästa möte med anonyma lappar: varje part skriver ner en farhåga, mötesledaren läser upp dem och gruppen väljer en att diskutera. Upprepa tills en muntlig runda känns trygg.
statement-41 = Vi känner till varandras förutsättningar, till exempel kommunens regelverk och hur de ideella styrelserna i de idéburna organisationerna fattar beslut.
statement-41-action = Låt varje part berätta i tio minuter på nästa möte om hur beslut fattas i den egna organisationen, hur lång tid det tar och vad den inte kan göra.
statement-42 = De idéburna organisationerna kan kritisera kommunen offentligt utan att behöva oroa sig för sitt ekonomiska stöd.
statement-42-action = Skriv in i överenskommelsen att de idéburna organisationerna behåller sin rätt att uttala sig offentligt, även kritiskt, och att beslut om ekonomiskt stöd fattas utifrån stödets egna kriterier, inte utifrån vad organisationerna säger offentligt; låt kommunen bekräfta det på nästa möte.

## Question bank 2 – Roles and tasks
statement-43 = Varje parts uppgifter finns nedskrivna där alla parter kan hitta dem.
statement-43-action = Skriv en sida om vem som gör vad, lägg den där alla parter hittar den och se över den varje gång en part tillkommer eller lämnar partnerskapet.
statement-44 = Parterna gör det de har lovat, inom den tid de har lovat.
statement-44-action = Avsluta varje möte med att läsa upp vem som har lovat vad och till när; börja nästa möte med att på två minuter stämma av löftena, utan att skuldbelägga någon.
statement-45 = Jag vet vem som beslutar vad i partnerskapet.
statement-45-action = Sammanställ inom två veckor en enkel översikt över vem som beslutar vad: vad parterna beslutar tillsammans, vad varje organisation beslutar på egen hand och vem som godkänner utgifter.
statement-46 = Parterna fattar de viktiga besluten tillsammans.
statement-46-action = Inför nästa viktiga beslut: skicka frågan till alla parter två veckor i förväg och låt en idéburen eller annan icke-offentlig part bereda den tillsammans med kommunen.
statement-47 = Varje idéburen organisation avgör självständigt vilka uppgifter den tar på sig i partnerskapet.
statement-47-action = Låt varje idéburen organisation berätta på nästa möte vilka uppgifter den vill ta på sig och vilka den avstår från, och skriv in valen i överenskommelsen.
statement-48 = Vi har kommit överens om vilka uppgifter frivilliga utför och vilka som ligger kvar hos anställd personal.
statement-48-action = Lista inom en månad verksamhetens uppgifter och markera varje uppgift som de frivilligas, de anställdas eller gemensam; gå igenom listan med de frivilliga och med personalens fackliga företrädare.
statement-49 = Någon har arbetstid avsatt för att samordna partnerskapet.
statement-49-action = Kom överens om vem som samordnar och hur många timmar i månaden det kräver; om ingen har tid, bestäm vilken part som betalar för samordningen, eller låt parterna turas om med uppgiften.

## Question bank 2 – Evaluation
statement-50 = Vi har kommit överens om hur vi ska kunna se om partnerskapet lyckas.
statement-50-action = Kom överens om två eller tre tecken på framgång vid nästa möte, varav minst ett formulerat av de människor som partnerskapet är till för, och skriv ner hur ni ska märka vart och ett av dem.
statement-51 = Människor som partnerskapet är till för hjälper till att bedöma om det gör skillnad.
statement-51-action = Inför nästa lägesrapport: prata med tre av de människor som partnerskapet är till för, där de redan finns, till exempel på aktiviteten, om vad som har förändrats för dem; ta med deras ord till mötet.
statement-52 = Vi följer upp våra framsteg tillsammans vid fasta tidpunkter under året.
statement-52-action = Lägg in två uppföljningar i kalendern redan nu, en halvvägs och en vid årets slut, och utse vem som förbereder dem.
statement-53 = Under det senaste året har vi ändrat ett arbetssätt utifrån vad våra resultat visade.
statement-53-action = Avsluta nästa utvärderingsmöte med att välja ett resultat och besluta om en konkret förändring som ska vara genomförd till mötet därpå.
statement-54 = Våra resultat når beslutsfattarna hos varje part, till exempel en idéburen organisations styrelse eller kommunens ansvariga nämnd.
statement-54-action = Skicka inom en månad en lägesrapport på en sida till varje parts beslutsfattare – en idéburen organisations styrelse, kommunens ansvariga chef eller nämnd – och upprepa det varje halvår.
statement-55 = Aktiviteterna gör en märkbar skillnad för de människor som partnerskapet är till för.
statement-55-action = Fråga de människor som partnerskapet är till för vilken skillnad de märker av aktiviteterna; om de inte märker någon större skillnad, diskutera på nästa möte vad ni ska ändra eller sluta med.

## Question bank 2 – Flexibility
statement-56 = Under det senaste året har vi ändrat en aktivitet utifrån vad de som tar del av den har sagt till oss.
statement-56-action = Fråga dem som tar del av aktiviteten, och den personal och de frivilliga som står dem närmast, vad som bör ändras; stäm av aktivitetsplanen mot svaren på nästa möte.
statement-57 = Under det senaste året har vi testat en ny idé i liten skala innan vi fattade beslut om den.
statement-57-action = Välj en ny idé och testa den med en liten grupp i fyra veckor innan ni beslutar om ni ska fortsätta.
statement-58 = På våra möten finns det utrymme att prata om det som inte har fungerat.
statement-58-action = Lägg in en stående punkt på 15 minuter på dagordningen till vartannat möte: Vad fungerade inte, vad lärde vi oss och vad ändrar vi? Prata om vad som hände, inte om vem som gjorde det.
statement-59 = Innan vi fattar beslut kan varje part säga vad den inte kan acceptera.
statement-59-action = Låt varje part säga vad den inte kan acceptera inför nästa viktiga beslut; skriv ner det och pröva beslutet mot det.
statement-60 = Vi har kommit överens om hur ändringar i vår plan beslutas.
statement-60-action = Skriv in i överenskommelsen inom en månad vem som kan föreslå en ändring i planen, vem som ska godkänna den och hur de andra parterna får veta det.
statement-61 = Vi har kommit överens om vem som hjälper oss när parterna inte kan enas.
statement-61-action = Bestäm på nästa möte vem ni vänder er till när ni inte kan enas: två ordförande från olika sektorer, en person utanför partnerskapet som alla litar på eller en extern processledare.

## Question bank 2 – Anchoring
statement-62 = Vi har kommit överens om hur vi avslutar partnerskapet konstruktivt om det inte fungerar.
statement-62-action = Skriv före nästa möte ett kort utkast till en avslutsklausul: uppsägningstid, vem som behåller vad och hur de som tar del av aktiviteterna får veta det.
statement-63 = Vi har kommit överens om vad de som tar del av en aktivitet ska erbjudas om den upphör.
statement-63-action = Gå igenom varje aktivitet som frivilliga driver och kom överens om vad de som tar del av den ska erbjudas om den upphör, och vem som berättar det för dem.
statement-64 = Det är överenskommet vem som driver varje aktivitet vidare på lång sikt.
statement-64-action = Utse inom en månad vem som ska ansvara för varje aktivitet efter innevarande period, och be var och en bekräfta det skriftligt.
statement-65 = Beslutsfattarna hos varje part, till exempel en idéburen organisations styrelse eller kommunens ansvariga nämnd, har sagt att de ställer sig bakom att arbetet fortsätter.
statement-65-action = Håll under det här kvartalet en dragning för varje parts beslutsfattare – ansvarig nämnd i kommunen, styrelsen i en idéburen organisation – och fråga vad de behöver för att ställa sig bakom en fortsättning.
statement-66 = Personal som möter invånare i sitt dagliga arbete hänvisar människor till aktiviteterna.
statement-66-action = Besök inom två månader en personalgrupp som möter invånare i vardagen, till exempel i hemtjänsten eller på kommunens arbetsmarknadsenhet, och visa hur de kan hänvisa människor till aktiviteterna.
statement-67 = För varje aktivitet finns det minst två personer som kan driva den.
statement-67-action = Hitta ytterligare en person till varje aktivitet som i dag drivs av en enda person; låt de två driva den tillsammans under de kommande tre månaderna och skriv ner hur det går till.
statement-68 = Vi vet hur arbetet ska finansieras de kommande åren.
statement-68-action = Gör en lista över möjliga finansieringskällor – parternas egna budgetar, kommunala bidrag, stiftelser och fonder, statliga bidrag – och fördela dem så att en part undersöker varje källa före nästa möte.

## Team view – Facilitator guide (the printable guide-sv.html, linked from the team view)
# Added for the facilitator guide; keep this block at the end of the file.
guide-link = Så håller ni mötet
## Issue 27 – Parter, anonymitet och "var ni ser olika" (tillagda med teamreglerna; behåll dem sist)
partner-gap = Skillnad mellan parter: { $higher } bedömer det { $gap } steg högre än { $lower }.
partner-gap-anon = Två parters medelvärden ligger minst { $gap } steg isär.
differ-possible = Möjlig skillnad (få svar bakom)
figure-equal = Teampoängen väger parterna lika: varje part räknas en gång, oavsett hur många den har skickat.
figure-one = Teampoängen är medelvärdet av alla: det finns bara en part.
figure-small = Teampoängen är medelvärdet av alla: en part har skickat för få personer (2 i den fullständiga visningen, 3 i den anonyma) för att räknas som en hel part.
figure-unmapped = Teampoängen är medelvärdet av alla: någon hör inte till någon part. Välj deras part för att väga parterna lika.
concern-title = En parts oro
concern-intro = Viktiga påståenden som en parts enda svarande gav 1. Ta upp dem på mötet på ett sätt som parten går med på.
dyad-title = De två parterna sida vid sida
dyad-intro = Påståenden där de två parternas medelvärden ligger 2 steg eller mer isär.
dyad-none = De två parterna ligger mindre än 2 steg isär i alla påståenden.
summary-refused-few = En sammanfattning för minnesanteckningarna kräver minst 5 svarande: med färre skulle siffrorna peka ut enskilda personer.
summary-refused-small = En sammanfattning för minnesanteckningarna kräver minst 8 svarande när en part har skickat färre än 3: annars kunde den partens svar räknas fram.
partners-title = Parter
partners-intro = Välj varje persons part: den organisation personen hör till. En person utan part räknas in i medelvärdet av alla, aldrig som en egen part.
partner-none = Ingen part
differ-both-anon = Svar i båda ändar av skalan: minst en femtedel av svaren är 1–2 och minst en femtedel 4–5.
col-statement = Påstående
partner-of = Part för { $name }
partner-new-label = Namn på en ny part (en organisation)
partner-add = Lägg till part
partners-damaged = Parterna i den här länken kunde inte läsas: de tas i stället från svaren. Inget annat går förlorat.
partners-unmapped = Någon hör inte till någon part: de räknas bara in i medelvärdet av alla. Välj deras part nedan.
team-small = Med en eller två personer finns ingen spridning i teamet: läs siffrorna som varje persons egen bild. Den anonyma visningen och sammanfattningen för minnesanteckningarna visar inga siffror för färre än 3 personer.
## Team view – Meeting display and files (issue 30; keep this block at the end)
file-respondent = Svarande
file-sector = Sektor
file-date = Datum
file-language = Språk
file-area = Område
file-statement-no = Påstående nr
file-statement = Påstående
file-answer = Svar
file-action-no = Nr
file-action = Åtgärd
file-status = Status
file-partnership = Partnerskap
export-plan-csv = Ladda ner planen som CSV
calendar-left-out = Inte med i kalenderfilen, eftersom de ännu inte har något slutdatum: { $n }. Ge dem ett datum så kommer de med.
calendar-reminder = Ska vara klart om en vecka
meeting-agreed-title = Vår gemensamma syn per område
meeting-agreed-count = Gemensam syn antecknad: { $n } av 6 områden.
meeting-trend = Förra gången: { $score } av 100.
meeting-items = Visas: { $from }–{ $to } av { $n }.
meeting-hint-touch = På en pekskärm: svep åt sidan.
agreed-score = Gemensam poäng
agreed-score-for = Gemensam poäng för { $area } (0–100)
agreed-disagree = Vi är oense
agreed-note = Anteckning
agreed-note-for = Anteckning om { $area }
agreed-date = Mötets datum
agreed-none = Inte antecknat
minutes-title = Minnesanteckningar
minutes-anonymous = Anonym visning: inga enskildas svar, namn, organisationer eller sektorer och inga siffror som bygger på färre än 3 personer.
# ── Överlämning (issue 29): texter som arbetet med överlämningen har lagt till. Nya nycklar skrivs här. ──

## Interface – Damaged links (hand-off)
err-no-answers = Adressen pekar på en sida i Samspil men innehåller inga svar, så den visar ingens resultat. En resultatlänk innehåller svaren: be avsändaren om länken under ”Dela resultatet”.

## Interface – Results (hand-off)
unanswered-title = Några påståenden är obesvarade
unanswered-body = { $n } av { $total } påståenden saknar svar. Resultatet bygger bara på dem du har besvarat. Du kan gå tillbaka till de andra eller behålla resultatet som det är.
unanswered-back = Besvara de återstående påståendena

## Interface – Start view (hand-off)
invited-title = Du är inbjuden att göra hälsokontrollen
invited-name = Partnerskap: { $name }
invited-by = Svara senast { $date }.
invited-facilitator = Ditt resultat ska skickas till processledaren, { $name }.
open-in-tab = Öppna i en ny flik
date-numeric = { $d }/{ $m } { $y }

## Interface – Results (hand-off), sending
handoff-title = Skicka resultatet till processledaren
handoff-intro = Länken innehåller dina svar. Skicka den bara till processledaren. Om processledaren arbetar på en myndighet kan ett mejl bli en allmän handling: det säkraste är att visa processledaren QR-koden under ”Dela resultatet” på mötet.
handoff-send = Skicka till processledaren
handoff-send-to = Skicka till { $name }
handoff-link = Din länk till processledaren
handoff-subject = Mitt resultat från Samspil: { $name }
handoff-subject-plain = Mitt resultat från Samspil
handoff-message = Här är länken till mitt resultat från Samspils hälsokontroll. Den innehåller mina svar, så använd den bara för den samlade bilden.

## Team view – Invitations (hand-off)
invite-partners = Bjud in parterna
invite-partners-title = Bjud in parterna
invite-partners-intro = En länk till alla parter: den öppnar hälsokontrollen med partnerskapets namn ifyllt och talar om när de ska svara och vem de ska skicka resultatet till. Länken innehåller inga svar.
invite-by = Sista svarsdag (frivilligt)
invite-facilitator = Ditt namn (frivilligt)
invite-email = Din e-postadress (frivilligt)
invite-email-hint = Parternas ”Skicka till processledaren” skriver till den här adressen. På en myndighet kan mejl som du tar emot bli allmänna handlingar; om du är osäker, utelämna adressen och samla in resultaten på mötet.
invite-email-bad = Det här är ingen e-postadress som Samspil kan använda. Skriv den som namn@exempel.se.
invite-link = Inbjudningslänk
invite-link-qr = QR-kod för inbjudan

# Where you differ: statements with too few answers for "both ends" (issue 27)
differ-few = Färre än 6 svar, för få för att kalla det oenighet: någon svarade 1–2 där andra svarade 4–5 på påstående {$list}. Fråga om det på mötet.
compare-partners-changed = Parterna är inte desamma i de två omgångarna (tillkomna: { $joined }; borta: { $left }), så ingen förändring kallas tydlig: den kan bero på vilka som svarade, inte på partnerskapet.

## Team view – Findings on paper (the team page loads them as they come near the screen)

findings-print-note = ”Där ni ser olika på saker” och ”Det kan teamet göra nu” är inte med på sidan än: stäng utskriften, skrolla ner till dem och skriv ut igen, eller skriv ut med Ctrl+P.
## Team view – Rounds over time (issue 31)
rounds-title = Omgångar över tid
rounds-intro = Teamlänken bär med sig siffrorna från partnerskapets tidigare omgångar, aldrig någons svar, så den senaste länken rymmer hela historiken. Klistra in den förra omgångens teamlänk här för att lägga till den.
rounds-label = Den förra omgångens teamlänk
rounds-button = Lägg till den förra omgången
rounds-added = Omgången från { $date } ({ $people } personer) har lagts till i historiken. Kopiera teamlänken nedan för att spara den.
rounds-earlier-damaged = Dess egna tidigare omgångar kunde inte läsas och är inte med.
rounds-not-team = Ingen teamlänk hittades i texten. Klistra in den förra omgångens teamlänk.
rounds-damaged = De tidigare omgångarna i den här länken kunde inte läsas ({ $reason }). Den här omgången öppnas som vanligt. Klistra in den förra omgångens teamlänk igen för att bygga upp historiken.
rounds-no-partner = Ingen part
rounds-now = Den här omgången ({ $date })
rounds-older = { $count } äldre omgångar, { $from } till { $to } (lägsta–högsta)
rounds-future = Omgången från { $date } är daterad efter i dag: datumet kan vara fel.
rounds-order = Omgången från { $date } är daterad före omgången ovanför den.
rounds-bank = Från omgången { $date } svarade teamet på en annan version av påståendena: områdessiffror före och efter jämförs inte.
rounds-chart = Teampoäng per område, en punkt per omgång, den äldsta till vänster. Linjen bryts där versionen av påståendena byttes.
rounds-caption = Teampoäng per område i varje omgång, med antal personer och parterna
rounds-col-round = Omgång
rounds-col-people = Personer
rounds-change-title = Förändring sedan omgången från { $date }
rounds-other-bank = De två omgångarna använde olika versioner av påståendena: andra påståenden är ingen förändring, så ingen förändring per område anges.
rounds-other-bank-cell = annan version av påståendena
rounds-matched = Parterna är inte desamma i de två omgångarna (tillkomna: { $joined }; borta: { $left }). Förändringen räknas bara på de parter som var med båda gångerna, och de väger lika.
rounds-too-small = kan inte jämföras: en part hade färre än 3 personer
rounds-clear = tydlig förändring
rounds-rule = En förändring kallas tydlig bara när den är minst 10 poäng och minst två gånger sitt standardfel, räknat på båda omgångarnas spridning och antal personer, med minst 5 personer varje gång.
rounds-carry = För över till den nya planen
rounds-carried = Med i den nya planen, med sin ansvariga.
recent-title = Team på den här enheten
recent-intro = Den senaste teamlänken för varje partnerskap sparas bara på den här enheten och skickas aldrig någonstans. Öppna en för att börja nästa omgång, eller ta bort det du inte längre behöver.
recent-item = { $name }, sparad { $date }
recent-open = Öppna { $name }
recent-remove = Ta bort { $name }
recent-unnamed = Team utan namn
recent-kept = Det här teamet sparas på den här enheten som partnerskapets senaste (skickas aldrig). Du kan ta bort det under "Team på den här enheten" på den tomma teamsidan.
## Team view – Collecting in the room (hand-off, issue 29)
scan-open = Skanna QR-koder med resultat
scan-title = Skanna parternas resultat
scan-intro = Varje part öppnar sitt resultat i telefonen och håller upp QR-koden under ”Dela resultatet” framför den här kameran. Varje resultat läggs till i teamet som när en länk klistras in. Kamerans bild stannar i den här webbläsaren.
scan-video = Kamerans bild
scan-waiting = Kameran är på. Håll ett resultats QR-kod framför den.
scan-read = QR-kod { $n }: { $outcome }
scan-no-result = Den här QR-koden innehåller inget resultat från Samspil.
scan-refused = Samspil får inte använda kameran. Tillåt kameran för den här sidan i webbläsarens inställningar och försök igen, eller klistra in parternas länkar i rutan ovanför.
scan-missing = Ingen kamera hittades. Klistra in parternas länkar i rutan ovanför i stället.
scan-failed = Kameran kunde inte startas: ett annat program kanske använder den. Försök igen, eller klistra in parternas länkar i rutan ovanför.
scan-to-paste = Gå till rutan för länkar
scan-retry = Försök med kameran igen
respondents-missing = Inget resultat ännu från: { $names }
