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
notice-host-options = Adressen innehöll inställningar för Samspil på en annan webbplats ({ $names }). De gäller inte på Samspils egen sida och har inte använts.
notice-other-answers = Den här adressen innehåller andra svar än de som är sparade på enheten. Dina sparade svar finns kvar. Svaren från adressen visas nedan som ett delat resultat.
notice-updated-elsewhere = Dina svar ändrades i en annan flik eller ett annat fönster. Den här fliken visar nu de senaste svaren.

## Interface – Start view
start-title = Hur mår ert partnerskap?
start-intro = Samspil är en hälsokontroll för samverkan mellan kommun, idéburna organisationer, företag och medborgare. Du tar ställning till { $n } påståenden inom sex områden: gemensamma mål, kommunikation, roller och ansvar, utvärdering, flexibilitet och förankring. Sedan ser du var samverkan är stark och får konkreta förslag på vad ni kan göra till nästa möte.
start-time = Det tar ungefär 10 minuter. Du kan hoppa över vilket påstående som helst.
privacy = Dina svar stannar i den här webbläsaren. Inget skickas till någon server.
about-you = Om dig (frivilligt)
sector-label = Vilken typ av aktör företräder du?
sector-none = Vill inte ange
sector-municipality = Kommun eller region
sector-volunteer = Idéburen organisation eller förening
sector-company = Företag
sector-foundation = Stiftelse
sector-citizen = Medborgare
sector-other = Annat
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
overall-none = Ett samlat värde kräver värden i minst 5 av de 6 områdena. Ett område får ett värde när minst tre av dess påståenden är besvarade på skalan.
weakest-note = Det samlade värdet är medelvärdet av områdena; ett område nämns som det svagaste när det ligger minst 5 poäng under alla andra.
band-needs-attention = behöver uppmärksamhet
band-developing = under utveckling
band-strong = starkt
bands-explained = Behöver uppmärksamhet: under 40 · Under utveckling: 40–69 · Starkt: 70 och över
not-enough = för få svar
radar-title = De sex områdena
radar-desc = Radardiagram med de sex områdenas värden från 0 till 100. Samma siffror finns i tabellen nedan.
start-here = Ta med till nästa möte
start-here-intro = En persons svar kan inte avgöra vad partnerskapet ska göra. Här är vad du kan ta upp med de andra parterna – de allvarligaste svaren först.
action-gap = Ta reda på vad partnerskapet inte vet om { $area }: fråga varje part vilka av påståendena de inte kunde bedöma, och kom överens om vem som tar med de uppgifter som saknas till nästa möte.
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
qr-too-long = Länken är för lång för en QR-kod som telefoner kan läsa säkert. Kopiera länken och skicka den i stället.
print = Skriv ut
download-radar = Ladda ner radardiagrammet (SVG)

## Interface – Shared result
shared-about = Om svaret
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
team-radar-desc = Radardiagram: varje svarande som en tunn linje, teamets medelvärde som en fet linje och spannet från lägsta till högsta värde skuggat. Samma siffror finns i tabellen.
team-mean = Teamets medelvärde
legend-title = Så läser du diagrammet
legend-mean = Fet linje med punkter: teamets poäng (varje sektor räknas en gång)
legend-each = Tunna grå linjer: varje svarande
legend-range = Skuggat band: från lägsta till högsta värde
team-table-caption = Teamets poäng per område
col-mean = Teampoäng
col-headcount = Medelvärde av alla
team-table-note = Teampoäng: varje sektor räknas en gång, oavsett hur många den har skickat, så att en stor part inte överröstar en liten. Medelvärdet av alla räknar varje person en gång.
col-min = Lägsta
col-max = Högsta
col-sd = Spridning (SD)

## Team view – Where you differ
differ-title = Där ni ser olika på saker
differ-rule = Först skillnader mellan sektorer: två sektorers medelvärden ligger ett helt steg eller mer isär. Sedan svar på båda sidor: minst en femtedel av svaren är 1–2 och minst en femtedel 4–5. Ett påstående behöver minst 3 svar; ett område markeras när minst 2 av dess påståenden har svar på båda sidor.
differ-count =
    { $n ->
        [one] { $n } ställe där ni ser olika på saker.
       *[other] { $n } ställen där ni ser olika på saker.
    }
differ-none = Inget område och inget påstående delar teamet enligt den här regeln. Fråga ändå: vem svarade ”vet inte”, och varför?
differ-area = Område: { $area }
differ-statement = Påstående { $n } · { $area }
differ-gap = Skillnad mellan sektorer: { $higher } bedömer det { $gap } steg högre än { $lower }.
differ-both = Svar på båda sidor: { $low } av { $n } svar är 1–2, { $high } är 4–5.
differ-both-area = { $n } av områdets påståenden har svar på båda sidor.
differ-more = Visa de övriga { $n }
differ-ask = Att samtala om

## Team view – By sector
sector-title = Per sektor
sector-intro = Medelvärde per område för varje sektor med minst två svarande (tre i den anonyma visningen). Upplevs partnerskapet som lika jämbördigt i alla sektorer?
sector-caption = Medelvärde per sektor
sector-table-none = Ännu har ingen sektor minst två svarande.

## Team view – Team actions
team-actions-title = Det kan teamet göra nu
team-actions-intro = I ordning: påståenden som minst en tredjedel eller en hel sektor har svarat 1–2 på (de allvarligaste först); sedan områden med kunskapsluckor eller osäkra svar; sedan teamets svagaste områden.

## Team view – Team link and export
team-link-title = Teamlänken
team-link-intro = En länk rymmer hela teamet (upp till 50 svarande). När den öppnas visas den här samlade bilden igen.
full-link-warning = Länken innehåller varje persons svar. Lägg den inte i minnesanteckningar som kan bli allmän handling; använd sammanfattningen för anteckningarna nedan.
summary-title = Sammanfattning för minnesanteckningarna
summary-intro = Den här länken innehåller bara teamets siffror: inga enskilda svar, namn eller sektorer och inget som bygger på färre än 3 personer. Den öppnar en samlad bild som bara går att läsa.
summary-link = Länk till sammanfattningen
summary-view-title = Teamets sammanfattning
summary-view-note =
    { $n ->
        [one] En sammanfattning för minnesanteckningarna: teamets siffror från { $n } svarande. Den innehåller inga enskilda svar och kan därför inte byggas på eller ändras.
       *[other] En sammanfattning för minnesanteckningarna: teamets siffror från { $n } svarande. Den innehåller inga enskilda svar och kan därför inte byggas på eller ändras.
    }
anon-toggle = Dölj enskilda svar (anonym visning)
anon-note = Anonym visning: inga namn, sektorer eller enskildas linjer och inga siffror som bygger på färre än 3 personer.
team-link = Teamlänk
team-qr = QR-kod med teamlänken
team-qr-show = Visa som QR-kod
team-qr-hide = Dölj QR-koden
export-csv = Ladda ner som CSV
export-json = Ladda ner som JSON

## Team view – Action plan
plan-title = Vår handlingsplan
plan-intro = Gör förslagen till överenskommelser: vem gör vad, och när. Ta med högst 8 åtgärder; planen följer med i teamlänken, så den alltid finns tillsammans med det den bygger på.
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
compare-radar-desc = Radardiagram: teamets medelvärde före som en streckad linje och efter som en fet linje. Samma siffror finns i tabellen.
legend-before = Streckad linje: före
legend-after = Fet linje: efter
compare-caption = Förändring per område
col-before = Före
col-after = Efter
col-change = Förändring
no-clear-change = ingen tydlig förändring
compare-noise = Förändringar under 10 poäng, eller med färre än 5 svar på någon av sidorna, visas som ”ingen tydlig förändring”: det är sällan samma personer som svarar varje gång, och så små förändringar kan bero på slumpen.

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

## Question bank 1 – Statement 1
statement-1 = Alla parter, även målgruppen, var med och formulerade syftet med samverkan.
statement-1-action = Bjud in två personer från målgruppen till nästa partnermöte och formulera om syftet tillsammans i en mening.

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
statement-13-action = Ta inom två veckor fram en enkel översikt över vem som beslutar vad: vad styrgruppen beslutar, vad arbetsgruppen beslutar och vem som godkänner utgifter.

## Question bank 1 – Statement 14
statement-14 = Varje part har angett hur mycket tid, personal eller pengar den bidrar med.
statement-14-action = Be varje part meddela samordnaren senast vid månadens slut vad den bidrar med under det kommande halvåret: timmar, pengar, volontärer, lokaler eller kunskap.

## Question bank 1 – Statement 15
statement-15 = En neutral processledare leder vårt gemensamma arbete, så att ingen part styr det ensam.
statement-15-action = Kom inom en månad överens om hur de två kommande mötena ska ledas så att ingen part styr ensam: två ordförande från olika sektorer, roterande ordförandeskap eller en extern processledare som inte själv är part.

## Question bank 1 – Statement 16
statement-16 = Vi kom överens om mätbara framgångskriterier när partnerskapet startade.
statement-16-action = Kom överens om tre mätbara framgångskriterier på nästa möte, vart och ett med ett värde och ett datum, och skriv in dem i överenskommelsen.

## Question bank 1 – Statement 17
statement-17 = Vi följer upp hur vi ligger till mot kriterierna vid fasta tidpunkter under året.
statement-17-action = Lägg redan nu in två uppföljningar i kalendern, en halvvägs och en vid årets slut, och utse vem som tar fram siffrorna.

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
statement-27-action = Gör från och med nu förankring till en stående punkt på tio minuter på styrgruppens dagordning.

## Question bank 1 – Statement 28
statement-28 = Vi vet vem som ska driva verksamheten vidare efter projekttiden.
statement-28-action = Utse inom en månad en ansvarig för varje aktivitet efter projektets slut och be var och en bekräfta det skriftligt.

## Question bank 1 – Statement 29
statement-29 = Ledningen i varje partnerorganisation har sagt att den stöttar att arbetet fortsätter.
statement-29-action = Bjud in ledningen i varje partnerorganisation till en dragning på 30 minuter under det här kvartalet och fråga vad den behöver för att ställa sig bakom en fortsättning.

## Question bank 1 – Statement 30
statement-30 = Vi har tagit reda på var pengarna till nästa fas kan komma ifrån.
statement-30-action = Gör en lista över möjliga finansieringskällor, bland annat kommunens egen budget, stiftelser och fonder, och fördela dem så att en part kontaktar varje källa före nästa möte.

## Question bank 1 – Area: goals
area-goals = Gemensamma mål
area-goals-description = Om alla parter delar ett syfte som de har format tillsammans.
area-goals-attention-1 = Starta inga nya aktiviteter under två veckor (det som invånarna redan använder fortsätter) och bygg upp syftet från grunden i en workshop med alla parter, även målgruppen.
area-goals-attention-2 = Låt en neutral person intervjua parterna var för sig under den här månaden om deras förväntningar och redovisa skillnaderna på ett gemensamt möte.
area-goals-developing-1 = Skriv det gemensamma målet överst på dagordningen till alla möten de kommande tre månaderna.
area-goals-developing-2 = Stäm av på nästa möte om varje mål fortfarande är rimligt med tanke på resurserna, och justera de mål som inte är det.
area-goals-developing-3 = Fråga målgruppen inom två månader om syftet fortfarande svarar mot deras behov.
area-goals-strong-1 = Gå igenom målen med alla parter en gång om året, även med nya parter.
area-goals-strong-2 = Ge varje ny part en kort introduktion till syftet innan den deltar i sitt första möte.
area-goals-question-1 = Vilken del av vårt syfte beskriver vi olika?
area-goals-question-2 = Vad skulle var och en av oss kalla en framgång om ett år?

## Question bank 1 – Area: communication
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

## Question bank 1 – Area: roles
area-roles = Roller och ansvar
area-roles-description = Vem som gör vad, vem som beslutar och vad varje part bidrar med.
area-roles-attention-1 = Gå igenom alla uppgifter på ett möte inom två veckor och skriv upp en ansvarig för varje.
area-roles-attention-2 = Klargör skriftligt vem som beslutar om pengar, personal och aktiviteter innan nya aktiviteter startar – i överenskommelsen, eller i IOP-avtalet om ni har ett.
area-roles-developing-1 = Jämför den nedskrivna rollfördelningen med det som faktiskt händer och uppdatera den på nästa möte.
area-roles-developing-2 = Kom inom den närmaste månaden överens om minst en uppgift där de idéburna och andra icke-offentliga parterna själva fattar beslutet.
area-roles-strong-1 = Gå igenom rollerna varje halvår och alltid när en part tillkommer eller lämnar partnerskapet.
area-roles-strong-2 = Skriv en kort överlämningsanteckning för varje roll, så att arbetet klarar byten av personal.
area-roles-question-1 = Vilken uppgift tror var och en av oss att någon annan ansvarar för?
area-roles-question-2 = Var upplever de icke-offentliga parterna att de blir hörda snarare än att de är med och beslutar?

## Question bank 1 – Area: evaluation
area-evaluation = Utvärdering
area-evaluation-description = Hur vi mäter framsteg och lär oss av det som resultaten visar.
area-evaluation-attention-1 = Kom under den här månaden överens om två eller tre enkla mått som ni kan börja samla in direkt, även om de inte är perfekta.
area-evaluation-attention-2 = Utse en part som ansvarar för utvärderingen och avsätt timmar för uppgiften i nästa månads planering.
area-evaluation-developing-1 = Avsätt 20 minuter på vartannat möte för att titta på siffrorna tillsammans.
area-evaluation-developing-2 = Lägg till målgruppens egen bedömning i nästa utvärdering, till exempel genom korta intervjuer.
area-evaluation-strong-1 = Publicera en kort årlig sammanfattning av resultaten som andra kan lära av.
area-evaluation-strong-2 = Dela er utvärderingsmetod med andra kommuner eller partnerskap som arbetar med liknande frågor.
area-evaluation-question-1 = Vad skulle övertyga var och en av oss om att partnerskapet fungerar?
area-evaluation-question-2 = Vems bedömning av resultaten väger tyngst i dag – och borde det vara så?

## Question bank 1 – Area: flexibility
area-flexibility = Flexibilitet
area-flexibility-description = Hur väl partnerskapet anpassar sig när behov eller förutsättningar ändras.
area-flexibility-attention-1 = Lyft på nästa möte en sak i planen som inte längre passar, och kom överens om hur den ska ändras.
area-flexibility-attention-2 = Skriv inom en månad in i överenskommelsen hur ändringar i planen beslutas och vem som ska säga ja.
area-flexibility-developing-1 = Planera en kort genomgång av planen varje kvartal där alla parter kan föreslå ändringar.
area-flexibility-developing-2 = Genomför ett litet försök inom de närmaste tre månaderna och utvärdera det öppet efteråt.
area-flexibility-strong-1 = För en enkel logg över ändringar och skälen till dem, som nya parter kan läsa.
area-flexibility-strong-2 = Berätta för andra kommuner och nätverk om de anpassningar som fungerade.
area-flexibility-question-1 = Vilken var den senaste ändringen vi gjorde, och hur beslutade vi den?
area-flexibility-question-2 = Vad skulle krävas för att vi skulle ställa om eller avsluta partnerskapet?

## Question bank 1 – Area: anchoring
area-anchoring = Förankring
area-anchoring-description = Förankring: det som lever vidare när projektpengarna tar slut – och vem som bär det.
area-anchoring-attention-1 = Håll inom en månad ett möte enbart om vad som ska fortsätta efter projektmedlen och vem som kan bära det.
area-anchoring-attention-2 = Kartlägg vilka aktiviteter som är beroende av projektpengar och vilka som kan drivas inom befintliga budgetar eller med frivilliga.
area-anchoring-developing-1 = Skriv en förankringsplan på en sida med ansvariga och datum, och följ upp den varje kvartal.
area-anchoring-developing-2 = Bjud in de chefer som ska ansvara för aktiviteterna efter projektet till nästa styrgruppsmöte.
area-anchoring-strong-1 = Testa förankringsplanen nu: låt den som ska ta över en aktivitet driva den på egen hand i en månad.
area-anchoring-strong-2 = Samla metoder och kontakter i en kort handbok som finns kvar när projektpersonalen har slutat.
area-anchoring-question-1 = Vilken aktivitet skulle upphöra först om pengarna försvann i morgon?
area-anchoring-question-2 = Vem av oss räknar med att någon annan för arbetet vidare?

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
