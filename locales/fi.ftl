# Samspil – suomenkieliset tekstit.
# One message per text. Keys are the same in every language file; `{ $name }` is a
# value Samspil fills in and must stay as it is. Check with
# `cargo test --test texts`; see the README's "Translate Samspil".


## Interface
app-name = Samspil
tagline = Kumppanuutenne terveystarkastus

## Interface – Header and footer
language = Kieli
saved-on-device = Tallennettu tälle laitteelle
footer-privacy = Samspil toimii kokonaan selaimessasi. Ei evästeitä, ei seurantaa, mitään ei lähetetä eteenpäin.
notice-storage-unavailable = Selain ei salli Samspilin tallentaa laitteelle. Vastauksesi säilyvät tässä välilehdessä ja sen osoitteessa, kunnes suljet sen.
notice-storage-embedded = Kun Samspil on upotettu toiselle sivustolle, selain ei salli sen tallentaa vastauksiasi. Ne säilyvät niin kauan kuin sivu on auki. Avaa Samspil omaan välilehteen, niin voit tallentaa ne laitteelle.
notice-bad-options = Sivun Samspil-asetuksissa oli arvoja, jotka ohitettiin: { $names }. Samspil toimii tavalliseen tapaan.
notice-storage-corrupt = Tälle laitteelle tallennettuja vastauksia ei voitu lukea, joten ne poistettiin. Voit aloittaa alusta.
notice-host-options = Osoitteessa oli Samspil-asetuksia, jotka koskevat vain toiselle sivustolle upotettua Samspilia ({ $names }). Niitä ei käytetty tässä.
notice-other-answers = Tässä osoitteessa on eri vastaukset kuin laitteelle tallennetut. Tallennetut vastauksesi säilyvät. Osoitteen vastaukset näytetään alla jaettuna tuloksena.
notice-updated-elsewhere = Vastauksiasi muutettiin toisessa välilehdessä tai ikkunassa. Tämä välilehti näyttää nyt uusimmat vastaukset.
notice-lang-failed = Kieltä ei voitu ladata (tarkista yhteys). Samspil jatkaa tällä kielellä, ja kaikki vastaukset säilyvät.
lang-loading = Ladataan kieltä…

## Interface – Start view
start-title = Kuinka hyvin kumppanuutenne voi?
start-intro = Samspil on terveystarkastus kunnan, järjestöjen, yritysten ja asukkaiden väliselle kumppanuudelle. Otat kantaa { $n } väittämään kuudelta alueelta: yhteiset tavoitteet, viestintä, roolit ja vastuut, arviointi, joustavuus ja juurruttaminen. Lopuksi näet, missä kumppanuus on vahva, ja saat konkreettisia ehdotuksia seuraavaan tapaamiseen.
start-time = Siihen menee noin 10 minuuttia. Voit ohittaa minkä tahansa väittämän.
privacy = Vastauksesi pysyvät tässä selaimessa. Mitään ei lähetetä palvelimelle.
about-you = Taustatiedot (vapaaehtoinen)
sector-label = Mitä tahoa edustat?
sector-none = En halua kertoa
sector-municipality = Kunta tai hyvinvointialue
sector-volunteer = Vapaaehtoiskeskus, järjestö tai yhdistys
sector-company = Yritys
sector-foundation = Säätiö
sector-citizen = Asukas
sector-other = Muu
sector-local-authority = Kunta
sector-region = Hyvinvointialue
sector-volunteer-centre = Vapaaehtoiskeskus tai järjestöverkosto
sector-association = Järjestö tai yhdistys
sector-local-group = Asukasaktiivit tai omaehtoinen paikallinen ryhmä
sector-users = Palvelujen käyttäjät ja omaiset
sector-education = Koulu, oppilaitos tai korkeakoulu
org-label = Organisaatiosi
org-hint = Ei pakollinen. Enintään 40 merkkiä. Tieto pysyy tällä laitteella ja kulkee vain tuloslinkissäsi ja fasilitaattorin tiimilinkissä, ei koskaan muistion yhteenvedossa.
label-label = Kumppanuuden nimi
label-hint = Enintään 40 merkkiä. Nimi näkyy tuloksesi yhteydessä.
start-button = Aloita terveystarkastus
resume-title = Tervetuloa takaisin
resume-body = Olet aloittanut terveystarkastuksen tällä laitteella: vastattu { $n }/{ $total } väittämään.
resume-continue = Jatka siitä, mihin jäin
start-over = Aloita alusta

## Interface – Questionnaire
progress = Eteneminen
step-of = Vaihe { $k }/{ $total }
answered-of = { $n }/{ $total } väittämään vastattu
scale-1 = Täysin eri mieltä
scale-2 = Jokseenkin eri mieltä
scale-3 = Ei samaa eikä eri mieltä
scale-4 = Jokseenkin samaa mieltä
scale-5 = Täysin samaa mieltä
dont-know = En osaa sanoa
not-relevant = Ei koske meitä
back = Takaisin
next = Seuraava
see-results = Näytä tulos
to-start = Alkuun

## Interface – Results
results-title = Näkemyksesi kumppanuudesta
shared-title = Jaettu tulos
overall = Kokonaistulos: { $score }/100 – { $band }.
overall-weakest = Heikoin alue: { $area }.
overall-no-weakest = Mikään yksittäinen alue ei erotu heikoimpana.
overall-capped = Tasoa on laskettu niin, että se on enintään yhden tason heikoimman alueen yläpuolella: kumppanuutta, jonka yksi alue on kriisissä, ei kutsuta vahvaksi.
overall-gaps = Tietoaukko: { $areas }. Niiden vastauksista suurin osa oli ”en osaa sanoa”.
overall-none = Kokonaistulos edellyttää pisteitä vähintään viidellä kuudesta alueesta. Alue saa pisteet, kun vähintään kolmeen sen väittämään on vastattu asteikolla.
weakest-note = Kokonaistulos on alueiden keskiarvo; alue mainitaan heikoimpana, kun se on vähintään 5 pistettä kaikkia muita alempana.
band-needs-attention = vaatii huomiota
band-developing = kehittymässä
band-strong = vahva
bands-explained = Vaatii huomiota: alle 40 · Kehittymässä: 40–69 · Vahva: 70 tai enemmän
not-enough = liian vähän vastauksia
radar-title = Kuusi aluetta
radar-desc = Tutkakaavio kuuden alueen pisteistä asteikolla 0–100. Samat luvut ovat alla olevassa taulukossa.
start-here = Vie seuraavaan tapaamiseen
start-here-intro = Yhden ihmisen vastaukset eivät ratkaise, mitä kumppanuuden pitää tehdä. Tässä asiat, jotka voit ottaa esiin kumppanien kanssa – vakavimmat vastaukset ensin.
action-gap = Selvittäkää, mitä kumppanuudessa ei tiedetä alueesta { $area }: kysykää kumppaneilta, mitä väittämiä ne eivät pystyneet arvioimaan, ja sopikaa, kuka tuo puuttuvat tiedot seuraavaan tapaamiseen.
action-clarify = Selkeyttäkää aluetta { $area }: useimmat vastaukset olivat ”ei samaa eikä eri mieltä” tai ”en osaa sanoa”. Käykää väittämät läpi yksi kerrallaan seuraavassa tapaamisessa ja kysykää, mikä saisi kunkin kumppanin vastaamaan kyllä tai ei.
more-actions = Myös nämä kannattaa tehdä
no-actions = Vastaa useampaan väittämään saadaksesi toimenpide-ehdotuksia.
see-area = Katso alue: { $area }
table-caption = Pisteet alueittain
col-area = Alue
col-score = Pisteet (0–100)
col-band = Taso
col-answered = Vastattu
col-dont-know = En osaa sanoa
col-not-relevant = Ei koske meitä
details-title = Vastaukset alueittain
not-answered = Ei vastattu
dont-know-finding = { $n } × ”en osaa sanoa”. Jos ”en osaa sanoa” -vastauksia on paljon, sekin on havainto: kuka tietää vastauksen?
change-answers = Muokkaa vastauksiani

## Interface – Sharing
share-title = Jaa tulos
share-intro = Linkki sisältää vastauksesi. Jokainen, jolla on linkki, näkee tuloksen; sitä ei tallenneta muualle. Lähetä se vain fasilitaattorille, älä ryhmäkeskusteluun: fasilitaattori voi koota kaikkien linkit yhteiseksi tilannekuvaksi ilman, että muut näkevät vastauksesi.
result-link = Linkki tulokseen
copy-link = Kopioi linkki
copied = Linkki kopioitu
copy-failed = Kopiointi ei onnistunut. Valitse linkki ja kopioi se itse.
qr-title = QR-koodi linkistä
qr-too-long = Linkki on liian pitkä QR-koodiksi, jonka puhelimet lukisivat luotettavasti. Kopioi linkki ja lähetä se sen sijaan.
print = Tulosta
download-radar = Lataa tutkakaavio (SVG)

## Interface – Shared result
shared-about = Vastauksen tiedot
shared-label = Kumppanuus
shared-sector = Sektori
shared-date = Päivämäärä
not-given = Ei ilmoitettu
take-check = Tee terveystarkastus itse

## Interface – Damaged links
link-error-title = Linkkiä ei voi avata
err-not-found = Osoitteessa ei ole Samspil-tulosta.
err-bad-character = Linkissä on merkki, joka ei kuulu siihen. Se on luultavasti muuttunut kopioitaessa.
err-bad-length = Linkki on liian lyhyt tai pitkä. Se on luultavasti katkennut lähetettäessä.
err-bad-checksum = Linkki on muuttunut tai katkennut, joten sen vastauksiin ei voi luottaa.
err-unknown-version = Linkki on tehty Samspilin uudemmalla versiolla. Lataa sivu uudelleen saadaksesi uusimman version.
err-out-of-range = Linkissä on arvoja, joita Samspil ei tunnista.
err-wrong-kind = Tuloslinkin paikalla on tiimilinkki, tai päinvastoin.
err-summary-only = Tämä on muistion yhteenveto: se ei sisällä kenenkään omia vastauksia, eikä sitä voi lisätä tiimiin. Avaa se nähdäksesi tiimin luvut.
link-error-help = Pyydä lähettäjältä uusi linkki tai tee oma terveystarkastuksesi. Omat vastauksesi tällä laitteella säilyvät ennallaan.
start-fresh = Siirry alkuun
panic-title = Jokin meni vikaan
panic-body = Samspilissa tapahtui virhe. Vastauksesi ovat tallessa linkissä ja tällä laitteella. Lataa sivu uudelleen jatkaaksesi siitä, mihin jäit.
panic-reload = Lataa sivu uudelleen

## Team view
team-title = Yhteinen tilannekuva
team-intro = Kokoa kaikkien kumppanien tuloslinkit yhteiseksi tilannekuvaksi: missä olette samaa mieltä, missä näette asiat eri tavoin ja mitä voitte tehdä seuraavaksi. Kaikki pysyy tässä selaimessa.
open-team = Kokoatko tiimin linkkejä? Avaa tiiminäkymä
part-failed = Tätä sivun osaa ei voitu ladata (tarkista yhteys).
part-retry = Yritä uudelleen

## Team view – Adding links
add-title = Lisää tuloslinkkejä
add-label = Liitä tuloslinkkejä tai tiimilinkki
add-hint = Yksi linkki tai monta kerralla: yksi riville tai koko keskustelu, jonka tekstissä on linkkejä. Samspil löytää linkit itse.
add-button = Lisää linkit
report-not-read = Lukematta jääneet linkit: { $n }. Liitä enintään 120 kerrallaan.
report-title = Näin linkeille kävi
report-line = Rivi { $line }
report-added = Lisätty.
report-team-added =
    { $n ->
        [one] Tiimilinkki: { $n } vastaaja lisätty.
       *[other] Tiimilinkki: { $n } vastaajaa lisätty.
    }
report-duplicate = Ei lisätty: sama tulos on jo mukana.
report-team-duplicates = Jo mukana: { $n }.
report-full = Ei lisätty: tiimiin mahtuu enintään 50 vastaajaa.
report-team-left-out = Jätetty pois: { $n } (tiimiin mahtuu enintään 50 vastaajaa).
report-left-out = Tiimiin mahtuu enintään 50 vastaajaa. Jätetty pois: { $n }.
report-none-found = Tekstissä ei ollut Samspil-linkkiä. Linkissä on #r= tai #t=.

## Team view – Respondents
respondents-title = Vastaajat ({ $n })
respondents-show = Näytä luettelo
respondents-hide = Piilota luettelo
respondent = Vastaaja { $n }
no-respondents = Ei vielä vastaajia. Liitä tuloslinkit yllä olevaan kenttään.
remove-respondent = Poista vastaaja { $n }

## Team view – Team radar and table
team-radar-title = Tiimin tulokset alueittain
team-radar-desc = Tutkakaavio: jokainen vastaaja ohuena viivana, tiimin luku (jokainen sektori lasketaan kerran) paksuna viivana ja vaihteluväli pienimmästä suurimpaan varjostettuna. Samat luvut ovat taulukossa.
team-mean = Tiimin luku
legend-title = Näin luet kaaviota
legend-mean = Paksu viiva ja pisteet: tiimin luku (kokonaisluvun alla oleva lause kertoo, miten se on laskettu)
legend-each = Ohuet harmaat viivat: jokainen vastaaja
legend-range = Varjostettu alue: pienimmästä suurimpaan pistemäärään
team-table-caption = Tiimin pisteet alueittain
col-mean = Tiimin luku
col-headcount = Kaikkien keskiarvo
team-table-note = Tiimin luku: jokainen kumppani lasketaan kerran riippumatta siitä, montako ihmistä se lähetti, kun jokainen kumppani lähetti vähintään kaksi; muuten kaikkien keskiarvo, joka laskee jokaisen ihmisen kerran. Yllä oleva lause kertoo kumpi.
col-min = Alin
col-max = Ylin
col-sd = Hajonta (SD)

## Team view – Where you differ
differ-title = Missä näette asiat eri tavoin
differ-rule = Ensin alueet, joilla kahden kumppanin keskiarvot ovat vähintään yhden asteikon pykälän päässä toisistaan. Sitten alueet ja väittämät, joissa on vastauksia asteikon molemmista päistä: vähintään 6 vastausta, vähintään viidesosa niistä 1–2 ja viidesosa 4–5. Lopuksi enintään viisi mahdollista eroa yksittäisissä väittämissä, joissa kaksi kumppania, kummallakin vähintään 3 vastausta, on yhden pykälän päässä toisistaan.
differ-count =
    { $n ->
        [one] { $n } kohta, jossa näette asiat eri tavoin.
       *[other] { $n } kohtaa, joissa näette asiat eri tavoin.
    }
differ-none = Mikään alue tai väittämä ei jaa tiimiä tämän säännön mukaan. Kysykää silti: kuka vastasi ”en osaa sanoa” ja miksi?
differ-area = Alue: { $area }
differ-statement = Väittämä { $n } · { $area }
differ-gap = Sektorien ero: { $gap } pykälää. Korkein: { $higher }. Matalin: { $lower }.
differ-both = Vastauksia asteikon molemmista päistä: { $n } vastauksesta { $low } on 1–2 ja { $high } on 4–5.
differ-both-area = Alueen väittämistä { $n } on saanut vastauksia asteikon molemmista päistä.
differ-more = Näytä loput { $n }
differ-ask = Keskusteltavaksi

## Team view – By sector
sector-title = Kumppanien näkökulmat
sector-intro = Kunkin kumppanin keskiarvo alueittain, suluissa ihmisten määrä luvun takana. Kokevatko kaikki kumppanit kumppanuuden tasavertaiseksi?
sector-caption = Keskiarvot kumppaneittain (ihmisiä kunkin luvun takana)
sector-table-none = Kukaan vastaaja ei vielä kuulu mihinkään kumppaniin: kirjoita kumppanien nimet alle.

## Team view – Team actions
team-actions-title = Näin tiimi voi edetä
team-actions-intro = Järjestyksessä: väittämät, joihin vähintään kolmasosa vastauksista oli 1–2 tai joissa jonkin kumppanin keskiarvo on 2,0 tai alle tai kaksi kumppania on 1,5 pykälän päässä toisistaan (vakavimmat ensin); sitten alueet, joilla on tietoaukko tai epävarmoja vastauksia; sitten tiimin heikoimmat alueet.

## Team view – Team actions
team-actions-languages = Toimenpiteet sanovat saman kaikilla kielillä, kunkin maan omin nimin (esimerkiksi työllisyyspalvelut). Kaksi lisää jotakin: ruotsiksi roolien toimenpide mainitsee myös IOP-sopimuksen, ja suomeksi rahoitusta koskevat toimenpiteet mainitsevat STEAn.

## Team view – Team link and export
team-link-title = Tiimilinkki
team-link-intro = Yksi linkki sisältää koko tiimin (enintään 50 vastaajaa). Kun sen avaa, tämä tilannekuva näkyy uudelleen.
full-link-warning = Linkki sisältää jokaisen vastaajan vastaukset. Älä liitä sitä muistioon, joka voi tulla julkiseksi; käytä alla olevaa muistion yhteenvetoa.
summary-title = Yhteenveto muistioon
summary-intro = Tämä linkki sisältää vain sen, mitä sen sivu näyttää: yhden tiimin luvun alueittain kokonaisin pistein, kohdat, joissa näette asiat eri tavoin, toimet sekä sen, mitä kokous päätti: yhteiset näkemykset ja suunnitelman vastuuhenkilöineen ja päivämäärineen. Ei kenenkään omia vastauksia, ei vastaajien nimiä, organisaatioita eikä lukumääriä, ja jokainen luku perustuu vähintään 3 ihmiseen. Se tehdään vasta 5 vastaajasta (8, jos jokin kumppani lähetti alle 3). Se avaa yhteisen tilannekuvan, jota voi vain lukea.
summary-link = Yhteenvedon linkki
summary-view-title = Tiimin yhteenveto
summary-view-note =
    { $n ->
        [one] Muistion yhteenveto: tiimin luvut { $n } vastaajalta. Se ei sisällä kenenkään omia vastauksia, joten sitä ei voi täydentää eikä muuttaa.
       *[other] Muistion yhteenveto: tiimin luvut { $n } vastaajalta. Se ei sisällä kenenkään omia vastauksia, joten sitä ei voi täydentää eikä muuttaa.
    }
anon-toggle = Piilota yksittäiset vastaukset (nimetön näkymä)
anon-note = Nimetön näkymä: ei nimiä, kumppaneita, lukumääriä eikä yksittäisten vastaajien viivoja, ja yksi tiimin luku alueittain, joista jokainen perustuu vähintään 3 ihmiseen.
team-link = Tiimilinkki
team-qr = QR-koodi tiimilinkistä
team-qr-show = Näytä QR-koodina
team-qr-hide = Piilota QR-koodi
export-csv = Lataa CSV-tiedostona
export-json = Lataa JSON-tiedostona

## Team view – Action plan
plan-title = Toimintasuunnitelma
plan-intro = Muuttakaa ehdotukset sitoumuksiksi: kuka tekee mitä ja mihin mennessä. Ottakaa mukaan enintään 8 toimenpidettä; suunnitelma kulkee tiimilinkissä, joten se on aina samassa paikassa kuin tiedot, joihin se perustuu.
plan-take = Ota suunnitelmaan
plan-taken = On suunnitelmassa
plan-own-label = Oma toimenpiteenne
plan-own-add = Lisää suunnitelmaan
plan-count = Toimenpiteitä suunnitelmassa: { $n }/8
plan-chars = { $n }/{ $max } merkkiä
plan-owner = Vastuuhenkilö
plan-due = Määräpäivä
plan-up = Ylemmäs
plan-down = Alemmas
plan-remove-short = Poista
plan-move-up = Siirrä toimenpide { $n } ylemmäs
plan-move-down = Siirrä toimenpide { $n } alemmas
plan-remove = Poista toimenpide { $n }
plan-full = Suunnitelmaan mahtuu enintään 8 toimenpidettä. Poistakaa yksi ennen kuin lisäätte uuden.
plan-empty = Suunnitelmassa ei vielä ole toimenpiteitä. Ottakaa ehdotuksia yltä tai kirjoittakaa oma.
plan-calendar = Lisää kalenteriin (.ics)
plan-damaged = Tämän linkin suunnitelmaa ei voitu lukea. { $reason } Tiimi näytetään. Kirjoittakaa suunnitelma uudelleen; se tallentuu tiimilinkkiin.
plan-before-title = Edellisen kerran suunnitelma
plan-before-intro = Merkitkää, kuinka pitkälle kukin toimenpide eteni. Merkinnät tallentuvat tiimilinkkiin.
status-done = Tehty
status-partly = Osittain
status-not-done = Ei tehty
status-open = Ei merkitty
plan-no-owner = Ei vielä vastuuhenkilöä
plan-no-date = Ei vielä määräpäivää

## Team view – Before and after
compare-title = Ennen ja jälkeen
compare-intro = Seurantatapaaminen puolen vuoden päästä? Liitä aiemman tapaamisen tiimilinkki (tai tuloslinkit) nähdäksesi, mikä on muuttunut. Yllä näkyvät tulokset ovat ”jälkeen”-tilanne.
compare-label = Aiemman tapaamisen linkit
compare-button = Vertaa
compare-before-damaged = Linkin ”ennen”-osaa ei voitu lukea. { $reason } Nykyinen tiimi näytetään. Liitä aiemman tapaamisen tiimilinkki uudelleen vertaillaksesi.
compare-in-link = Vertailu sisältyy nyt alla olevaan tiimilinkkiin: se näyttää molemmat tapaamiset myös uudelleenlatauksen jälkeen.
compare-clear = Poista vertailu
compare-counts = Vastaajia: ennen { $before }, jälkeen { $after }.
compare-radar-title = Ennen ja jälkeen alueittain
compare-radar-desc = Tutkakaavio: tiimin luku ennen katkoviivana ja jälkeen paksuna viivana. Samat luvut ovat taulukossa.
legend-before = Katkoviiva: ennen
legend-after = Paksu viiva: jälkeen
compare-caption = Muutos alueittain
col-before = Ennen
col-after = Jälkeen
col-change = Muutos
no-clear-change = ei selvää muutosta
compare-noise = Jos muutos on alle 10 pistettä tai jommallakummalla kerralla on alle 5 vastaajaa, tuloksena näkyy ”ei selvää muutosta”: vastaajat vaihtuvat yleensä kerrasta toiseen, ja näin pienet muutokset voivat johtua sattumasta.

## Team view – Meeting display
meeting-open = Näytä valkokankaalla
meeting-title = Esitysnäkymä
meeting-hint = Nuolinäppäimet tai Page Up/Page Down vaihtavat osiota. Esc lopettaa.
meeting-position = Osio { $k }/{ $total }: { $title }
meeting-prev = Edellinen
meeting-next = Seuraava
meeting-leave = Sulje esitysnäkymä
invite-title = Tee terveystarkastus puhelimellasi
invite-body = Skannaa koodi tai kirjoita osoite. Siihen menee noin 10 minuuttia; lähetä sitten tuloslinkkisi vain fasilitaattorille.
invite-qr = QR-koodi terveystarkastuksen osoitteesta

## Interface – Question bank versions and organisations
bank-mixed = Osa vastaajista käytti väittämien ensimmäistä versiota, osa toista. Alueiden luvuissa ovat mukana molemmat versiot; kunkin väittämän luvut perustuvat vain niihin, jotka vastasivat juuri siihen versioon.
bank-first = Väittämien ensimmäinen versio
bank-second = Väittämien toinen versio
bank-first-result = Tämä tulos on tehty Samspilin väittämien ensimmäisellä versiolla, ja siinä näytetään ne väittämät, joihin silloin vastattiin.
org-column = Organisaatio

## Question bank 1 – Statement 1
statement-1 = Kaikki kumppanit, myös kohderyhmä, olivat mukana määrittelemässä kumppanuuden tarkoitusta.
statement-1-action = Vierailkaa jossakin toiminnassa, johon kohderyhmään kuuluvia ihmisiä jo osallistuu, kysykää muutamalta heistä, mitä he tarvitsevat, ja tuokaa heidän sanansa sellaisinaan seuraavaan yhteiseen tapaamiseen. Pyytäkää heiltä suostumus ja sopikaa, miten he pääsevät vaikuttamaan jatkossakin.

## Question bank 1 – Statement 2
statement-2 = Olemme kirjanneet yhden yhteisen tavoitteen, jonka jokainen kumppani osaa selittää.
statement-2-action = Pyytäkää koordinaattoria luonnostelemaan yhteinen tavoite yhdeksi lauseeksi perjantaihin mennessä; jokainen kumppani hyväksyy luonnoksen tai ehdottaa siihen muutoksia ennen seuraavaa tapaamista.

## Question bank 1 – Statement 3
statement-3 = Jokainen kumppani on kertonut avoimesti, mitä se haluaa kumppanuudesta saada.
statement-3-action = Järjestäkää 60 minuutin työpaja, jossa jokainen kumppani kirjoittaa, mitä se tarvitsee kumppanuudelta; keskustelkaa sitten, mitä teillä on yhteistä.

## Question bank 1 – Statement 4
statement-4 = Järjestöillä ja muilla ei-julkisilla kumppaneilla on tavoitteista yhtä paljon sananvaltaa kuin julkisilla.
statement-4-action = Antakaa järjestöjen ja muiden ei-julkisten kumppaneiden esitellä tavoitteiden ensimmäinen luonnos seuraavassa tapaamisessa; kunta ja muut julkiset toimijat kommentoivat vasta sen jälkeen.

## Question bank 1 – Statement 5
statement-5 = Olemme varmistaneet, että tavoitteemme ovat realistisia käytettävissä olevalla ajalla ja rahalla.
statement-5-action = Pyytäkää jokaista kumppania listaamaan, kuinka monta tuntia ja kuinka paljon rahaa se voi käyttää yhteistyöhön; verratkaa listaa tavoitteisiin seuraavassa tapaamisessa ja siirtäkää myöhemmäksi tavoitteet, joihin resurssit eivät riitä.

## Question bank 1 – Statement 6
statement-6 = Tapaamme säännöllisesti sovituin väliajoin emmekä vain silloin, kun ongelmia ilmenee.
statement-6-action = Varatkaa vielä tällä viikolla kiinteät tapaamispäivät seuraavaksi puoleksi vuodeksi kaikkien kumppaneiden kalentereihin.

## Question bank 1 – Statement 7
statement-7 = Meillä on yksi yhteinen paikka, josta kaikki kumppanit löytävät ajantasaisen tiedon.
statement-7-action = Valitkaa tällä viikolla yksi yhteinen kansio tai kanava; koordinaattori siirtää ajankohtaiset asiakirjat sinne ja lähettää linkin kaikille kumppaneille.

## Question bank 1 – Statement 8
statement-8 = Erimielisyydet otetaan puheeksi avoimesti tapaamisissamme eikä vain käytävillä.
statement-8-action = Aloittakaa seuraava tapaaminen viiden minuutin kierroksella, jossa jokainen kumppani kertoo yhden asian, joka sitä huolettaa.

## Question bank 1 – Statement 9
statement-9 = Jaamme toistemme kanssa kokemuksia arjen työstä myös tapaamisten välillä.
statement-9-action = Perustakaa tällä viikolla kuukausittainen sähköposti- tai chat-ketju, jossa jokainen kumppani jakaa yhden kokemuksen arjen työstä.

## Question bank 1 – Statement 10
statement-10 = Jokainen kumppani saa jokaisen tapaamisen jälkeen lyhyen muistion tehdyistä päätöksistä.
statement-10-action = Seuraavasta tapaamisesta alkaen tapaamisen vetäjä lähettää kaikille kumppaneille vuorokauden sisällä kolmen rivin yhteenvedon päätöksistä ja vastuuhenkilöistä.

## Question bank 1 – Statement 11
statement-11 = Roolit on kirjattu ylös, eikä niistä ole sovittu vain suullisesti.
statement-11-action = Kirjoittakaa yhden sivun sopimus siitä, kuka tekee mitä, allekirjoittakaa se seuraavassa tapaamisessa ja tarkistakaa se puolen vuoden välein.

## Question bank 1 – Statement 12
statement-12 = Olemme sopineet kunkin kumppanin roolista: nostaako se esiin tarpeita, kehittääkö ratkaisuja vai toteuttaako niitä.
statement-12-action = Käykää seuraavassa tapaamisessa läpi kolme roolia – tarpeiden esiin nostaminen, ratkaisujen ideointi ja niiden toteuttaminen – ja kirjatkaa, mikä rooli kullakin kumppanilla on.

## Question bank 1 – Statement 13
statement-13 = Tiedämme, kuka kumppanuudessa saa päättää mistäkin asioista.
statement-13-action = Laatikaa kahden viikon sisällä yksinkertainen kuvaus siitä, kuka päättää mistäkin: mistä ohjausryhmä päättää, mistä työryhmä päättää ja kuka hyväksyy menot.

## Question bank 1 – Statement 14
statement-14 = Jokainen kumppani on kertonut, kuinka paljon aikaa, henkilöstöä tai rahaa se panostaa yhteistyöhön.
statement-14-action = Pyytäkää jokaista kumppania kertomaan koordinaattorille kuun loppuun mennessä, millä se panostaa yhteistyöhön seuraavan puolen vuoden aikana: tunteja, rahaa, vapaaehtoisia, tiloja tai osaamista.

## Question bank 1 – Statement 15
statement-15 = Puolueeton fasilitaattori vetää yhteistä prosessiamme, jottei mikään kumppani ohjaa sitä yksin.
statement-15-action = Sopikaa kuukauden sisällä, miten kaksi seuraavaa tapaamista johdetaan niin, ettei mikään kumppani ohjaa yksin: kaksi puheenjohtajaa eri sektoreilta, vuorotteleva puheenjohtajuus tai ulkopuolinen fasilitaattori, joka ei itse ole kumppani.

## Question bank 1 – Statement 16
statement-16 = Sovimme mitattavista onnistumisen kriteereistä kumppanuuden alussa.
statement-16-action = Sopikaa seuraavassa tapaamisessa kolmesta mitattavasta onnistumisen kriteeristä, joille kullekin asetetaan tavoitearvo ja määräpäivä, ja kirjatkaa ne sopimukseen.

## Question bank 1 – Statement 17
statement-17 = Seuraamme edistymistämme kriteereihin nähden sovittuina ajankohtina vuoden aikana.
statement-17-action = Merkitkää jo nyt kalenteriin kaksi seurantahetkeä, toinen puolivälissä ja toinen vuoden lopussa, ja nimetkää, kuka kokoaa luvut.

## Question bank 1 – Statement 18
statement-18 = Kohderyhmä on mukana arvioimassa, onko kumppanuudella todellista vaikutusta.
statement-18-action = Kutsukaa ennen seuraavaa tilanneraporttia kolme kohderyhmän edustajaa 45 minuutin keskusteluun siitä, mikä heidän arjessaan on muuttunut.

## Question bank 1 – Statement 19
statement-19 = Olemme muuttaneet ainakin yhtä toimintatapaa mittaustulosten perusteella.
statement-19-action = Päättäkää seuraava arviointitapaaminen valitsemalla yksi tulos ja sopimalla yhdestä konkreettisesta muutoksesta, joka tehdään ennen sitä seuraavaa tapaamista.

## Question bank 1 – Statement 20
statement-20 = Raportoimme tuloksistamme jokaisen kumppaniorganisaation johdolle.
statement-20-action = Lähettäkää kuukauden sisällä yhden sivun tilannekatsaus lukuineen kaikkien kumppaniorganisaatioiden johdolle; toistakaa se neljännesvuosittain.

## Question bank 1 – Statement 21
statement-21 = Muokkaamme toimintaamme, kun kohderyhmän tarpeet muuttuvat.
statement-21-action = Kysykää kohderyhmältä ja sen kanssa työskenteleviltä, miten tarpeet ovat muuttuneet; verratkaa toimintasuunnitelmaa vastauksiin seuraavassa tapaamisessa.

## Question bank 1 – Statement 22
statement-22 = Kokeilemme uusia ideoita pienessä mittakaavassa ennen kuin laajennamme niitä.
statement-22-action = Valitkaa yksi uusi idea ja kokeilkaa sitä pienellä ryhmällä neljän viikon ajan ennen kuin päätätte laajemmasta käyttöönotosta.

## Question bank 1 – Statement 23
statement-23 = Kun jokin epäonnistuu, puhumme siitä, mitä opimme, emmekä etsi syyllisiä.
statement-23-action = Pitäkää seuraavan vastoinkäymisen jälkeen 30 minuutin purku kolmella kysymyksellä: Mitä tapahtui, mitä opimme ja mitä muutamme?

## Question bank 1 – Statement 24
statement-24 = Kun kumppanien edut ovat ristiriidassa keskenään, etsimme kompromissia, jonka kaikki voivat hyväksyä.
statement-24-action = Listatkaa seuraavassa tapaamisessa avoimet eturistiriidat; antakaa kumppaneiden nimetä kunkin kohdalla ehdottomat vaatimuksensa ja sopikaa kompromissista, jota kokeillaan kuukauden ajan.

## Question bank 1 – Statement 25
statement-25 = Olemme sopineet, miten kumppanuus päätetään rakentavasti, jos se ei toimi.
statement-25-action = Laatikaa ennen seuraavaa tapaamista lyhyt luonnos päättämisehdosta: irtisanomisaika, kenelle mikäkin jää ja miten kohderyhmälle kerrotaan.

## Question bank 1 – Statement 26
statement-26 = Olemme keskustelleet siitä, mikä jatkuu, kun hankerahoitus päättyy.
statement-26-action = Ottakaa seuraavan tapaamisen asialistalle kysymys ”Mikä jatkuu hankerahoituksen jälkeen?”; jokainen kumppani tuo ehdotuksen yhdestä toiminnosta, jota se voisi jatkaa.

## Question bank 1 – Statement 27
statement-27 = Keskustelemme juurruttamisesta jatkuvasti koko hankkeen ajan, emme vasta lopussa.
statement-27-action = Ottakaa juurruttaminen mukaan jo sovittuihin seurantahetkiin: kirjatkaa kussakin, millä toiminnoilla on tuleva vastuutaho ja millä ei vielä ole.

## Question bank 1 – Statement 28
statement-28 = Tiedämme, kuka pyörittää toimintaa hankekauden jälkeen.
statement-28-action = Nimetkää kuukauden sisällä jokaiselle toiminnolle hankkeen jälkeinen vastuutaho ja pyytäkää kutakin vahvistamaan vastuunsa kirjallisesti.

## Question bank 1 – Statement 29
statement-29 = Jokaisen kumppaniorganisaation johto on ilmaissut tukevansa työn jatkamista.
statement-29-action = Kutsukaa tämän vuosineljänneksen aikana jokaisen kumppaniorganisaation johto 30 minuutin katsaukseen ja kysykää, mitä se tarvitsee tukeakseen työn jatkamista.

## Question bank 1 – Statement 30
statement-30 = Olemme selvittäneet, mistä seuraavan vaiheen rahoitus voisi tulla.
statement-30-action = Listatkaa mahdolliset rahoituslähteet, esimerkiksi kunnan oma talousarvio, säätiöt ja STEA, ja jakakaa ne niin, että yksi kumppani ottaa yhteyttä kuhunkin ennen seuraavaa tapaamista.

## Areas (both banks) – goals
area-goals = Yhteiset tavoitteet
area-goals-description = Ovatko kumppanit yksimielisiä siitä, mitä varten kumppanuus on olemassa, ja tietävätkö ne, mitä kukin niistä siltä haluaa.
area-goals-attention-1 = Älkää aloittako uusia toimintoja kahteen viikkoon (asukkaiden jo käyttämä toiminta jatkuu), ja määritelkää tarkoitus uudelleen alusta alkaen yhteiskehittämisen työpajassa kaikkien kumppaneiden sekä niiden ihmisten kanssa, joita varten kumppanuus on olemassa.
area-goals-attention-2 = Pyytäkää kumppanuuden ulkopuolista henkilöä, johon kaikki kumppanit luottavat, haastattelemaan jokaista kumppania erikseen tämän kuun aikana kunkin kumppanin odotuksista, ja esitelkää erot yhteisessä tapaamisessa.
area-goals-developing-1 = Kirjoittakaa yhteinen tavoite jokaisen asialistan alkuun seuraavan kolmen kuukauden ajan.
area-goals-developing-2 = Käykää seuraavassa tapaamisessa läpi, vastaako kukin tavoite yhä resursseja, ja muokatkaa niitä, jotka eivät vastaa.
area-goals-developing-3 = Kysykää kahden kuukauden sisällä ihmisiltä, joita varten kumppanuus on olemassa, vastaako tarkoitus yhä heidän tarpeisiinsa.
area-goals-strong-1 = Käykää tavoitteet läpi kaikkien kumppaneiden kanssa kerran vuodessa, myös uusien jäsenten kanssa.
area-goals-strong-2 = Perehdyttäkää jokainen uusi kumppani lyhyesti tarkoitukseen ennen sen ensimmäistä tapaamista.
area-goals-question-1 = Mitä osaa tarkoituksestamme kuvaamme eri tavoin?
area-goals-question-2 = Mitä kukin meistä pitäisi onnistumisena vuoden päästä?

## Areas (both banks) – communication
area-communication = Viestintä
area-communication-description = Miten tieto, huolet ja osaaminen kulkevat kumppanien välillä.
area-communication-attention-1 = Nimetkää tällä viikolla yksi koordinaattori, joka vastaa siitä, että kaikki kumppanit pysyvät ajan tasalla.
area-communication-attention-2 = Pitäkää kahden viikon sisällä tapaaminen pelkästään viestinnästämme: mikä toimii, mikä ei toimi ja mitä kokeilemme seuraavaksi?
area-communication-developing-1 = Pyytäkää kaikkia kumppaneita kolmen seuraavan tapaamisen jälkeen arvioimaan asteikolla 1–5, tulivatko ne kuulluiksi, ja keskustelkaa vastauksista.
area-communication-developing-2 = Merkitkää kalenteriin epämuodollinen tapaaminen, esimerkiksi yhteinen lounas, kerran vuosineljänneksessä.
area-communication-strong-1 = Pitäkää kiinni tapaamisrytmistä kiireisinäkin aikoina: siirtäkää tapaamisia perumisen sijaan.
area-communication-strong-2 = Vuorotelkaa tapaamisten vetämisessä, jottei viestintä riipu yhdestä ihmisestä.
area-communication-question-1 = Mitä tietoa jotkut kumppanit saavat myöhemmin kuin muut?
area-communication-question-2 = Mitä on vaikea sanoa ääneen tapaamisissamme – ja miksi?

## Areas (both banks) – roles
area-roles = Roolit ja vastuut
area-roles-description = Kuka tekee mitäkin, kuka päättää ja mitä kukin kumppani tuo yhteistyöhön.
area-roles-attention-1 = Käykää kaikki tehtävät läpi tapaamisessa kahden viikon sisällä ja kirjatkaa jokaiselle yksi vastuuhenkilö.
area-roles-attention-2 = Sopikaa kirjallisesti, kuka päättää rahasta, henkilöstöstä ja toiminnoista, ennen kuin uusia toimintoja käynnistetään.
area-roles-developing-1 = Verratkaa kirjattua roolijakoa siihen, mitä todellisuudessa tapahtuu, ja päivittäkää se seuraavassa tapaamisessa.
area-roles-developing-2 = Sopikaa seuraavan kuukauden aikana vähintään yhdestä tehtävästä, jossa järjestöt ja muut ei-julkiset kumppanit tekevät päätöksen itse.
area-roles-strong-1 = Käykää roolit läpi puolen vuoden välein ja aina, kun kumppani liittyy mukaan tai jättäytyy pois.
area-roles-strong-2 = Laatikaa jokaisesta roolista lyhyt perehdytysmuistio, jotta työ jatkuu henkilövaihdoksista huolimatta.
area-roles-question-1 = Minkä tehtävän kukin meistä uskoo olevan jonkun muun vastuulla?
area-roles-question-2 = Missä ei-julkiset kumppanit kokevat, että niitä kuullaan sen sijaan, että ne pääsisivät päättämään?

## Areas (both banks) – evaluation
area-evaluation = Arviointi
area-evaluation-description = Miten mittaamme edistymistä ja opimme siitä, mitä tulokset kertovat.
area-evaluation-attention-1 = Sopikaa tämän kuun aikana kahdesta tai kolmesta yksinkertaisesta mittarista, joiden tietoja voitte alkaa kerätä heti, vaikka ne eivät olisi täydellisiä.
area-evaluation-attention-2 = Nimetkää yksi kumppani vastaamaan arvioinnista ja varatkaa tehtävälle työtunteja seuraavan kuukauden suunnitelmassa.
area-evaluation-developing-1 = Varatkaa joka toisessa tapaamisessa 20 minuuttia lukujen yhteiseen tarkasteluun.
area-evaluation-developing-2 = Pyytäkää seuraavassa arvioinnissa myös niiden ihmisten omaa näkemystä, joita varten kumppanuus on olemassa, esimerkiksi lyhyissä haastatteluissa.
area-evaluation-strong-1 = Julkaiskaa vuosittain lyhyt yhteenveto tuloksista, josta muut voivat oppia.
area-evaluation-strong-2 = Jakakaa arviointimenetelmänne muiden kuntien tai kumppanuuksien kanssa, jotka tekevät samankaltaista työtä.
area-evaluation-question-1 = Mikä vakuuttaisi kunkin meistä siitä, että kumppanuus toimii?
area-evaluation-question-2 = Kenen arvio tuloksista painaa nyt eniten – ja onko se oikein?

## Areas (both banks) – flexibility
area-flexibility = Joustavuus
area-flexibility-description = Miten hyvin kumppanuus mukautuu, kun tarpeet tai olosuhteet muuttuvat.
area-flexibility-attention-1 = Nostakaa seuraavassa tapaamisessa esiin yksi suunnitelman kohta, joka ei enää toimi, ja sopikaa, miten sitä muutetaan.
area-flexibility-attention-2 = Kirjatkaa kuukauden sisällä sopimukseen, miten suunnitelman muutoksista päätetään ja kenen on hyväksyttävä ne.
area-flexibility-developing-1 = Sopikaa suunnitelman lyhyt tarkistus joka vuosineljännekselle, ja antakaa kaikkien kumppaneiden ehdottaa siinä muutoksia.
area-flexibility-developing-2 = Toteuttakaa yksi pieni kokeilu seuraavan kolmen kuukauden aikana ja arvioikaa se avoimesti jälkikäteen.
area-flexibility-strong-1 = Kirjatkaa muutokset ja niiden syyt lyhyesti muistiin, jotta uudet kumppanit voivat lukea ne.
area-flexibility-strong-2 = Kertokaa toimiviksi osoittautuneista muutoksista muille kunnille ja verkostoille.
area-flexibility-question-1 = Mikä oli viimeisin tekemämme muutos, ja miten päätimme siitä?
area-flexibility-question-2 = Mitä pitäisi tapahtua, jotta muuttaisimme kumppanuutta perusteellisesti tai lopettaisimme sen?

## Areas (both banks) – anchoring
area-anchoring = Juurruttaminen
area-anchoring-description = Mikä jatkuu pitkällä aikavälillä – ja kuka toimintaa kantaa.
area-anchoring-attention-1 = Pitäkää kuukauden sisällä tapaaminen pelkästään siitä, minkä pitäisi jatkua pitkällä aikavälillä ja kuka voisi ottaa siitä vastuun.
area-anchoring-attention-2 = Kartoittakaa, mitkä toiminnot riippuvat määräaikaisesta rahoituksesta ja mitä kumppanit voisivat kantaa tavallisella budjetillaan ja työllään siirtämättä palkatun henkilöstön tehtäviä vapaaehtoisille.
area-anchoring-developing-1 = Laatikaa yhden sivun juurruttamissuunnitelma vastuuhenkilöineen ja päivämäärineen, ja seuratkaa sitä neljännesvuosittain.
area-anchoring-developing-2 = Kertokaa asukkaille ja paikallisille poliitikoille, mitä kumppanuus saa aikaan, esimerkiksi lyhyessä vuosikatsauksessa tai lautakunnan kokouksessa.
area-anchoring-strong-1 = Testatkaa juurruttamissuunnitelmaa jo nyt: antakaa tulevan vastuutahon pyörittää yhtä toimintoa itsenäisesti kuukauden ajan.
area-anchoring-strong-2 = Kootkaa menetelmät ja yhteystiedot lyhyeksi käsikirjaksi, joka säilyy hanketyöntekijöiden lähdettyä.
area-anchoring-question-1 = Mikä toiminto loppuisi ensimmäisenä, jos yksi kumppani, yksi ihminen tai yksi rahoituslähde jäisi pois?
area-anchoring-question-2 = Kuka meistä olettaa, että joku muu jatkaa työtä?

## Question bank 2 – Shared goals
statement-31 = Kumppanit ovat yhtä mieltä siitä, miksi tähän tehtävään tarvitaan kumppanuutta.
statement-31-action = Antakaa seuraavassa tapaamisessa jokaisen kumppanin täydentää lause ”Ilman tätä kumppanuutta emme voisi …”; kirjatkaa vastaukset yhdelle sivulle ja säilyttäkää se sopimuksen liitteenä.
statement-32 = Osaisin selittää yhteisen tavoitteemme kahdella lauseella jollekulle omasta organisaatiostani.
statement-32-action = Antakaa seuraavassa tapaamisessa jokaisen kumppanin kirjoittaa yhteinen tavoite erikseen kahdella lauseella; verratkaa versioita ja sopikaa yhdestä muotoilusta, jonka kirjaatte ylös.
statement-33 = Jokainen kumppani on kertonut avoimesti, mitä se haluaa kumppanuudesta saada.
statement-33-action = Pitäkää 60 minuutin keskustelukierros, jossa jokainen kumppani kertoo, mitä se tarvitsee kumppanuudelta; kirjatkaa tarpeet yhteisen tavoitteen rinnalle ja pitäkää erot näkyvillä.
statement-34 = Organisaationi tai ryhmäni saa kumppanuudesta niin paljon, että panoksemme siihen on perusteltu.
statement-34-action = Pyytäkää jokaista kumppania kirjaamaan ennen seuraavaa tapaamista, mitä se panostaa kumppanuuteen ja mitä se saa siitä, rahana ja muussa muodossa; keskustelkaa yhdessä siitä, missä tasapaino ei toteudu ja mikä sitä korjaisi.
statement-35 = Olemme varmistaneet, että tavoitteemme vastaavat kumppaneiden käytettävissä olevaa aikaa ja resursseja.
statement-35-action = Pyytäkää jokaista kumppania listaamaan, mitä se voi tuoda yhteistyöhön seuraavan puolen vuoden aikana – henkilöstön työaikaa, vapaaehtoisia, tiloja, osaamista tai rahaa; verratkaa listaa tavoitteisiin seuraavassa tapaamisessa ja siirtäkää myöhemmäksi tavoitteet, joihin resurssit eivät riitä.
statement-36 = Ihmisiä, joita varten kumppanuus on olemassa, oli mukana kuvaamassa tarvetta, jonka parissa työskentelemme.
statement-36-action = Vierailkaa kuukauden sisällä jossakin toiminnassa, jossa jo käy ihmisiä, joita varten kumppanuus on olemassa; kysykää muutamalta heistä, mitä he tarvitsevat, tuokaa heidän sanansa sellaisinaan muille kumppaneille ja sopikaa, miten he pääsevät vaikuttamaan jatkossakin. Pyytäkää heiltä suostumus ja tarjotkaa jotakin vastineeksi heidän ajastaan.

## Question bank 2 – Communication
statement-37 = Kumppanuutemme tapaamiset pidetään kiinteän aikataulun mukaan.
statement-37-action = Varatkaa vielä tällä viikolla kiinteät tapaamispäivät seuraavaksi puoleksi vuodeksi ja lähettäkää ne kaikille kumppaneille.
statement-38 = Tapaamisemme pidetään aikoina, jotka sopivat palkatta osallistuville, kuten vapaaehtoisille.
statement-38-action = Kysykää palkatta osallistuvilta, mitkä ajankohdat sopivat heille; siirtäkää vähintään joka toinen tapaaminen sellaiseen aikaan tai tarjotkaa mahdollisuus osallistua etänä.
statement-39 = Jokainen kumppani, myös vapaaehtoiset, pääsee käsiksi paikkaan, jossa yhteiset asiakirjamme säilytetään.
statement-39-action = Tarkistakaa tällä viikolla, että jokainen kumppani pääsee yhteiseen kansioon tai kanavaan; jos jonkin kumppanin järjestelmä sulkee muut ulkopuolelle, valitkaa paikka, jota kaikki voivat käyttää tietosuojasääntöjen puitteissa.
statement-40 = Uskallan olla tapaamisissamme avoimesti eri mieltä.
statement-40-action = Aloittakaa seuraava tapaaminen nimettömillä lapuilla: jokainen kumppani kirjoittaa yhden huolen, tapaamisen vetäjä lukee ne ääneen ja ryhmä valitsee niistä yhden keskusteltavaksi. Toistakaa tätä, kunnes suullinen kierros tuntuu turvalliselta.
statement-41 = Tunnemme toistemme toimintaedellytykset, esimerkiksi kunnan säännöt ja sen, miten järjestöjen hallituksissa vapaaehtoiset luottamushenkilöt tekevät päätöksiä.
statement-41-action = Antakaa seuraavassa tapaamisessa jokaiselle kumppanille kymmenen minuuttia aikaa kertoa, miten sen omassa organisaatiossa tehdään päätöksiä, kauanko niihin menee ja mitä se ei voi tehdä.
statement-42 = Järjestöt voivat arvostella kuntaa julkisesti ilman pelkoa avustustensa menettämisestä.
statement-42-action = Kirjatkaa sopimukseen, että järjestöillä säilyy oikeus ottaa julkisesti kantaa, myös kriittisesti, ja että avustuspäätökset tehdään avustusten omien kriteerien perusteella eikä sen mukaan, mitä järjestöt sanovat julkisuudessa; pyytäkää kuntaa vahvistamaan tämä seuraavassa tapaamisessa.

## Question bank 2 – Roles and tasks
statement-43 = Jokaisen kumppanin tehtävät on kirjattu paikkaan, josta kaikki kumppanit löytävät ne.
statement-43-action = Laatikaa yhden sivun kuvaus siitä, kuka tekee mitäkin, pitäkää se paikassa, josta kaikki kumppanit löytävät sen, ja tarkistakaa se aina, kun kumppani liittyy mukaan tai jättäytyy pois.
statement-44 = Kumppanit hoitavat lupaamansa tehtävät luvattuun aikaan mennessä.
statement-44-action = Päättäkää jokainen tapaaminen lukemalla ääneen, kuka lupasi tehdä mitä ja mihin mennessä; aloittakaa seuraava tapaaminen kahden minuutin tarkistuksella siitä, miten lupaukset ovat toteutuneet, syyllistämättä ketään.
statement-45 = Tiedän, kuka kumppanuudessa päättää mistäkin.
statement-45-action = Laatikaa kahden viikon sisällä yksinkertainen kuvaus siitä, kuka päättää mistäkin: mistä kumppanit päättävät yhdessä, mistä kukin organisaatio päättää yksin ja kuka hyväksyy menot.
statement-46 = Kumppanit tekevät tärkeät päätökset yhdessä.
statement-46-action = Lähettäkää seuraava tärkeä päätösasia kaikille kumppaneille kaksi viikkoa etukäteen ja antakaa jonkin ei-julkisen kumppanin valmistella se yhdessä kunnan kanssa.
statement-47 = Jokainen järjestö päättää itse, mitä tehtäviä se ottaa kumppanuudessa hoitaakseen.
statement-47-action = Antakaa seuraavassa tapaamisessa jokaisen järjestön kertoa, mitkä tehtävät se haluaa hoitaa ja mitä se ei halua hoitaa, ja kirjatkaa sen valinta sopimukseen.
statement-48 = Olemme sopineet, mitä tehtäviä vapaaehtoiset hoitavat ja mitkä jäävät palkatulle henkilöstölle.
statement-48-action = Listatkaa kuukauden sisällä toiminnan tehtävät ja merkitkää kuhunkin, kuuluuko se vapaaehtoisille, palkatulle henkilöstölle vai molemmille yhdessä; käykää lista läpi vapaaehtoisten ja henkilöstön luottamusedustajien kanssa.
statement-49 = Jollakulla on varattua työaikaa kumppanuuden koordinointiin.
statement-49-action = Sopikaa, kuka koordinoi ja kuinka monta tuntia kuukaudessa siihen kuluu; jos kenelläkään ei ole aikaa, päättäkää, mikä kumppani kustantaa työn, tai hoitakaa tehtävää vuorotellen.

## Question bank 2 – Evaluation
statement-50 = Olemme sopineet, mistä tiedämme, onnistuuko kumppanuus.
statement-50-action = Sopikaa seuraavassa tapaamisessa kahdesta tai kolmesta onnistumisen merkistä, joista ainakin yhden ovat kuvanneet ihmiset, joita varten kumppanuus on olemassa, ja kirjatkaa, mistä huomaatte kunkin toteutuvan.
statement-51 = Ihmiset, joita varten kumppanuus on olemassa, ovat mukana arvioimassa, onko sillä todellista vaikutusta.
statement-51-action = Keskustelkaa ennen seuraavaa tilanneraporttia kolmen sellaisen ihmisen kanssa, joita varten kumppanuus on olemassa: mikä heidän arjessaan on muuttunut? Tavatkaa heidät siellä, missä he jo ovat, esimerkiksi toiminnan parissa, ja tuokaa heidän sanansa tapaamiseen.
statement-52 = Tarkastelemme edistymistämme yhdessä sovittuina ajankohtina vuoden aikana.
statement-52-action = Merkitkää jo nyt kalenteriin kaksi seurantahetkeä, toinen puolivälissä ja toinen vuoden lopussa, ja nimetkää, kuka valmistelee ne.
statement-53 = Olemme kuluneen vuoden aikana muuttaneet jotakin toimintatapaamme sen perusteella, mitä tuloksemme osoittivat.
statement-53-action = Päättäkää seuraava arviointitapaaminen valitsemalla yksi tulos ja sopimalla yhdestä konkreettisesta muutoksesta, joka tehdään ennen sitä seuraavaa tapaamista.
statement-54 = Tuloksemme tavoittavat jokaisen kumppanin päättäjät, esimerkiksi järjestön hallituksen tai kunnan asiasta vastaavan lautakunnan.
statement-54-action = Lähettäkää kuukauden sisällä yhden sivun tilannekatsaus jokaisen kumppanin päättäjille – järjestössä hallitukselle, kunnassa asiasta vastaavalle viranhaltijalle tai lautakunnalle – ja toistakaa se puolen vuoden välein.
statement-55 = Toiminnalla on tuntuvaa vaikutusta niiden ihmisten arkeen, joita varten kumppanuus on olemassa.
statement-55-action = Kysykää ihmisiltä, joita varten kumppanuus on olemassa, millaista vaikutusta he huomaavat; jos he huomaavat vain vähän, keskustelkaa seuraavassa tapaamisessa siitä, mitä muutetaan tai lopetetaan.

## Question bank 2 – Flexibility
statement-56 = Olemme kuluneen vuoden aikana muuttaneet jotakin toimintaa sen perusteella, mitä siihen osallistuvat ihmiset kertoivat meille.
statement-56-action = Kysykää toimintaan osallistuvilta ihmisiltä sekä heitä lähimpänä olevilta työntekijöiltä ja vapaaehtoisilta, mitä pitäisi muuttaa; verratkaa toimintasuunnitelmaa heidän vastauksiinsa seuraavassa tapaamisessa.
statement-57 = Olemme kuluneen vuoden aikana kokeilleet jotakin uutta ideaa pienessä mittakaavassa ennen kuin päätimme siitä.
statement-57-action = Valitkaa yksi uusi idea ja kokeilkaa sitä pienellä ryhmällä neljän viikon ajan ennen kuin päätätte, jatketaanko sitä.
statement-58 = Tapaamisissamme on tilaa puhua siitä, mikä ei ole toiminut.
statement-58-action = Varatkaa joka toisen tapaamisen asialistalle kiinteä 15 minuutin kohta: mikä ei toiminut, mitä opimme ja mitä muutamme? Puhukaa tapahtumista, älkää henkilöistä.
statement-59 = Ennen kuin päätämme, jokainen kumppani voi kertoa, mitä se ei voi hyväksyä.
statement-59-action = Antakaa ennen seuraavaa tärkeää päätöstä jokaisen kumppanin nimetä, mitä se ei voi hyväksyä; kirjatkaa nämä ylös ja verratkaa päätöstä niihin.
statement-60 = Olemme sopineet, miten suunnitelmamme muutoksista päätetään.
statement-60-action = Kirjatkaa kuukauden sisällä sopimukseen, kuka voi ehdottaa muutosta suunnitelmaan, kenen on hyväksyttävä se ja miten muille kumppaneille kerrotaan siitä.
statement-61 = Olemme sopineet, kuka auttaa meitä, kun kumppanit eivät pääse yksimielisyyteen.
statement-61-action = Sopikaa seuraavassa tapaamisessa, kenen puoleen käännytte, kun ette pääse yksimielisyyteen: kaksi puheenjohtajaa eri sektoreilta, kumppanuuden ulkopuolinen henkilö, johon kaikki luottavat, tai ulkopuolinen fasilitaattori.

## Question bank 2 – Anchoring
statement-62 = Olemme sopineet, miten kumppanuus päätetään rakentavasti, jos se ei toimi.
statement-62-action = Laatikaa ennen seuraavaa tapaamista lyhyt luonnos päättämisehdosta: irtisanomisaika, kenelle mikäkin jää ja miten toimintaan osallistuville ihmisille kerrotaan.
statement-63 = Olemme sopineet, mitä toimintaan osallistuville ihmisille tarjotaan, jos toiminta loppuu.
statement-63-action = Sopikaa jokaisen vapaaehtoisten ylläpitämän toiminnan osalta, mitä siihen osallistuville ihmisille tarjotaan, jos toiminta loppuu, ja kuka kertoo siitä heille.
statement-64 = On sovittu, kuka vastaa kunkin toiminnan jatkumisesta pitkällä aikavälillä.
statement-64-action = Nimetkää kuukauden sisällä jokaiselle toiminnolle vastuutaho myös nykyisen kauden jälkeiseksi ajaksi ja pyytäkää kutakin vastuutahoa vahvistamaan tämä kirjallisesti.
statement-65 = Jokaisen kumppanin päättäjät, esimerkiksi järjestön hallitus tai kunnan asiasta vastaava lautakunta, ovat ilmaisseet tukevansa työn jatkamista.
statement-65-action = Esitelkää tämän vuosineljänneksen aikana työtä jokaisen kumppanin päättäjille – kunnassa asiasta vastaavalle lautakunnalle, järjestössä hallitukselle – ja kysykää, mitä he tarvitsevat tukeakseen työn jatkamista.
statement-66 = Asukkaita arjen työssään kohtaavat työntekijät ohjaavat ihmisiä kumppanuuden toimintoihin.
statement-66-action = Vierailkaa kahden kuukauden sisällä yhdessä asiakastyötä tekevässä tiimissä, esimerkiksi kotihoidossa tai kunnan työllisyyspalveluissa, ja näyttäkää, miten ihmisiä voi ohjata kumppanuuden toimintoihin.
statement-67 = Jokaista toimintoa osaa vetää vähintään kaksi ihmistä.
statement-67-action = Etsikää jokaiseen toimintoon, jota vetää vain yksi ihminen, toinen vetäjä hänen rinnalleen seuraaviksi kolmeksi kuukaudeksi, ja kirjatkaa ylös, miten toiminta käytännössä järjestetään.
statement-68 = Tiedämme, miten työ rahoitetaan tulevina vuosina.
statement-68-action = Listatkaa mahdolliset rahoituslähteet – kumppaneiden omat budjetit, kunnan avustukset, yksityiset säätiöt, valtionavustukset (esimerkiksi STEA) – ja antakaa kukin lähde yhden kumppanin selvitettäväksi ennen seuraavaa tapaamista.

## Team view – Facilitator guide (the printable guide-fi.html, linked from the team view)
# Added for the facilitator guide; keep this block at the end of the file.
guide-link = Näin pidätte tapaamisen
## Issue 27 – Kumppanit, nimettömyys ja "missä näette eri tavoin" (lisätty tiimin sääntöjen mukana; pidä lopussa)
partner-gap = Kumppanien ero: { $higher } arvioi sen { $gap } pykälää korkeammalle kuin { $lower }.
partner-gap-anon = Kahden kumppanin keskiarvot ovat vähintään { $gap } pykälän päässä toisistaan.
differ-possible = Mahdollinen ero (vähän vastauksia takana)
figure-equal = Tiimin luku painottaa kumppaneita tasan: jokainen kumppani lasketaan kerran riippumatta siitä, montako ihmistä se lähetti.
figure-one = Tiimin luku on kaikkien keskiarvo: kumppaneita on vain yksi.
figure-small = Tiimin luku on kaikkien keskiarvo: jokin kumppani lähetti liian vähän ihmisiä (täydessä näkymässä 2, nimettömässä 3) laskeakseen kokonaisena kumppanina.
figure-unmapped = Tiimin luku on kaikkien keskiarvo: joku ei kuulu mihinkään kumppaniin. Valitse hänen kumppaninsa, niin kumppaneita painotetaan tasan.
concern-title = Yhden kumppanin huoli
concern-intro = Keskeiset väittämät, joihin kumppanin ainoa vastaaja vastasi 1. Ottakaa ne esiin tapaamisessa tavalla, johon kumppani suostuu.
dyad-title = Kaksi kumppania rinnakkain
dyad-intro = Väittämät, joissa kahden kumppanin keskiarvot ovat vähintään 2 pykälän päässä toisistaan.
dyad-none = Kumppanit ovat kaikissa väittämissä alle 2 pykälän päässä toisistaan.
summary-refused-few = Yhteenveto muistioon tarvitsee vähintään 5 vastaajaa: pienemmästä joukosta luvut osoittaisivat yksittäisiin ihmisiin.
summary-refused-small = Yhteenveto muistioon tarvitsee vähintään 8 vastaajaa, jos jokin kumppani lähetti alle 3: muuten kumppanin vastaukset voisi laskea.
partners-title = Kumppanit
partners-intro = Valitse kunkin ihmisen kumppani: organisaatio, johon hän kuuluu. Ihminen ilman kumppania lasketaan kaikkien keskiarvoon, ei koskaan omaksi kumppanikseen.
partner-none = Ei kumppania
differ-both-anon = Vastauksia asteikon molemmista päistä: vähintään viidesosa vastauksista on 1–2 ja vähintään viidesosa 4–5.
col-statement = Väittämä
partner-of = Kumppani: { $name }
partner-new-label = Uuden kumppanin nimi (organisaatio)
partner-add = Lisää kumppani
partners-damaged = Tämän linkin kumppaneita ei voitu lukea: ne otetaan sen sijaan vastauksista. Mitään muuta ei menetetä.
partners-unmapped = Joku ei kuulu mihinkään kumppaniin: hänet lasketaan vain kaikkien keskiarvoon. Valitse hänen kumppaninsa alta.
team-small = Yhden tai kahden ihmisen tiimissä ei ole hajontaa: lue luvut kunkin ihmisen omana näkemyksenä. Nimetön näkymä ja yhteenveto muistioon eivät näytä lukuja alle 3 ihmisestä.
## Team view – Meeting display and files (issue 30; keep this block at the end)
file-respondent = Vastaaja
file-sector = Sektori
file-date = Päivämäärä
file-language = Kieli
file-area = Osa-alue
file-statement-no = Väittämän nro
file-statement = Väittämä
file-answer = Vastaus
file-action-no = Nro
file-action = Toimenpide
file-status = Tila
file-partnership = Kumppanuus
export-plan-csv = Lataa suunnitelma CSV-tiedostona
calendar-left-out = Kalenteritiedostosta puuttuvat toimenpiteet, joilla ei vielä ole määräpäivää: { $n }. Anna niille määräpäivä, niin ne tulevat mukaan.
calendar-reminder = Määräpäivä viikon kuluttua
meeting-agreed-title = Yhteinen näkemyksemme osa-alueittain
meeting-agreed-count = Yhteinen näkemys kirjattu: { $n }/6 osa-alueesta.
meeting-trend = Viime kerralla: { $score }/100.
meeting-items = Näkyvissä: { $from }–{ $to }/{ $n }.
meeting-hint-touch = Kosketusnäytöllä pyyhkäise sivuttain.
agreed-score = Yhteinen pistemäärä
agreed-score-for = Yhteinen pistemäärä: { $area } (0–100)
agreed-disagree = Olemme eri mieltä
agreed-note = Huomio
agreed-note-for = Huomio: { $area }
agreed-date = Tapaamisen päivämäärä
agreed-none = Ei kirjattu
minutes-title = Muistio
minutes-anonymous = Nimetön näkymä: ei kenenkään omia vastauksia, nimiä, organisaatioita tai sektoreita eikä lukuja, jotka perustuvat alle kolmeen henkilöön.
# ── Luovutus (issue 29): luovutusta koskevan työn lisäämät tekstit. Uudet avaimet kirjoitetaan tänne. ──

## Interface – Damaged links (hand-off)
err-no-answers = Osoite viittaa Samspilin sivuun, mutta siinä ei ole vastauksia, joten se ei näytä kenenkään tulosta. Tuloslinkissä ovat vastaukset: pyydä lähettäjältä linkki kohdasta ”Jaa tulos”.

## Interface – Results (hand-off)
unanswered-title = Kaikkiin väittämiin ei ole vastattu
unanswered-body = { $n }/{ $total } väittämään ei ole vastattu. Tulos perustuu vain niihin, joihin vastasit. Voit palata muihin tai pitää tuloksen sellaisenaan.
unanswered-back = Vastaa jäljellä oleviin väittämiin

## Interface – Start view (hand-off)
invited-title = Sinut on kutsuttu tekemään terveystarkastus
invited-name = Kumppanuus: { $name }
invited-by = Vastaathan viimeistään { $date }.
invited-facilitator = Tuloksesi lähetetään fasilitaattorille: { $name }.
open-in-tab = Avaa uudessa välilehdessä
date-numeric = { $d }.{ $m }.{ $y }

## Interface – Results (hand-off), sending
handoff-title = Lähetä tulos fasilitaattorille
handoff-intro = Linkki sisältää vastauksesi. Lähetä se vain fasilitaattorille. Jos fasilitaattori työskentelee viranomaisessa, sähköpostista voi tulla julkinen asiakirja: turvallisinta on näyttää fasilitaattorille kokouksessa QR-koodi kohdasta ”Jaa tulos”.
handoff-send = Lähetä fasilitaattorille
handoff-send-to = Lähetä: { $name }
handoff-link = Linkkisi fasilitaattorille
handoff-subject = Tulokseni Samspilistä: { $name }
handoff-subject-plain = Tulokseni Samspilistä
handoff-message = Tässä on linkki tulokseeni Samspilin terveystarkastuksesta. Se sisältää vastaukseni, joten käytä sitä vain yhteiseen tilannekuvaan.

## Team view – Invitations (hand-off)
invite-partners = Kutsu kumppanit
invite-partners-title = Kutsu kumppanit
invite-partners-intro = Yksi linkki kaikille kumppaneille: se avaa terveystarkastuksen kumppanuuden nimi valmiiksi täytettynä ja kertoo, mihin mennessä vastataan ja kenelle tulos lähetetään. Linkki ei sisällä vastauksia.
invite-by = Vastausaika päättyy (vapaaehtoinen)
invite-facilitator = Nimesi (vapaaehtoinen)
invite-email = Sähköpostiosoitteesi (vapaaehtoinen)
invite-email-hint = Kumppanien ”Lähetä fasilitaattorille” kirjoittaa tähän osoitteeseen. Viranomaisen vastaanottamat sähköpostit voivat olla julkisia asiakirjoja; jos olet epävarma, jätä osoite pois ja kerää tulokset kokouksessa.
invite-email-bad = Tämä ei ole sähköpostiosoite, jota Samspil voi käyttää. Kirjoita se muodossa nimi@esimerkki.fi.
invite-link = Kutsulinkki
invite-link-qr = Kutsun QR-koodi

# Where you differ: statements with too few answers for "both ends" (issue 27)
differ-few = Alle 6 vastausta, liian vähän erimielisyydeksi: joku vastasi 1–2, kun toiset vastasivat 4–5, väittämässä {$list}. Kysykää siitä kokouksessa.
compare-partners-changed = Kumppanit eivät ole samat kummallakin kierroksella (tulleet: { $joined }; poistuneet: { $left }), joten mitään muutosta ei sanota selväksi: se voi johtua siitä, ketkä vastasivat, ei kumppanuudesta.

## Team view – Findings on paper (the team page loads them as they come near the screen)

findings-print-note = ”Missä näette asiat eri tavoin” ja ”Näin tiimi voi edetä” eivät ole vielä sivulla: sulje tulostus, vieritä niihin asti ja tulosta uudelleen, tai tulosta näppäimillä Ctrl+P.
## Team view – Rounds over time (issue 31)
rounds-title = Kierrokset ajan mittaan
rounds-intro = Tiimilinkki kuljettaa kumppanuuden aiempien kierrosten luvut, ei koskaan kenenkään vastauksia, joten uusin linkki sisältää koko historian. Lisää edellinen kierros liittämällä sen tiimilinkki tähän.
rounds-label = Edellisen kierroksen tiimilinkki
rounds-button = Lisää edellinen kierros
rounds-added = Kierros { $date } ({ $people } henkeä) on lisätty historiaan. Tallenna se kopioimalla alla oleva tiimilinkki.
rounds-earlier-damaged = Sen omia aiempia kierroksia ei voitu lukea, eivätkä ne ole mukana.
rounds-not-team = Tekstistä ei löytynyt tiimilinkkiä. Liitä edellisen kierroksen tiimilinkki.
rounds-damaged = Tämän linkin aiempia kierroksia ei voitu lukea ({ $reason }). Tämä kierros avautuu tavalliseen tapaan. Rakenna historia uudelleen liittämällä edellisen kierroksen tiimilinkki uudelleen.
rounds-no-partner = Ei kumppania
rounds-now = Tämä kierros ({ $date })
rounds-older = { $count } vanhempaa kierrosta, { $from }–{ $to } (pienin–suurin)
rounds-future = Kierros { $date } on päivätty tämän päivän jälkeen: päivämäärä voi olla väärä.
rounds-order = Kierros { $date } on päivätty ennen sen yläpuolella olevaa kierrosta.
rounds-bank = Kierroksesta { $date } alkaen tiimi vastasi väittämien toiseen versioon: alueiden lukuja ennen ja jälkeen ei verrata.
rounds-chart = Tiimin luku alueittain, yksi piste kierrosta kohden, vanhin vasemmalla. Viiva katkeaa, kun väittämien versio vaihtui.
rounds-caption = Tiimin luku alueittain kullakin kierroksella, henkilöiden määrä ja kumppanit
rounds-col-round = Kierros
rounds-col-people = Henkeä
rounds-change-title = Muutos kierroksesta { $date }
rounds-other-bank = Kierroksilla käytettiin väittämien eri versioita: eri väittämät eivät ole muutos, joten alueiden muutosta ei anneta.
rounds-other-bank-cell = väittämien eri versio
rounds-matched = Kumppanit eivät ole samat kummallakin kierroksella (tulleet: { $joined }; poistuneet: { $left }). Muutos lasketaan vain kumppaneista, jotka olivat mukana molemmilla kerroilla, ja ne painavat yhtä paljon.
rounds-too-small = ei vertailukelpoinen: kumppanilla oli alle 3 henkeä
rounds-clear = selvä muutos
rounds-rule = Muutos on selvä vain, kun se on vähintään 10 pistettä ja vähintään kaksi kertaa keskivirheensä, joka lasketaan molempien kierrosten hajonnasta ja henkilöiden määrästä, ja kummallakin kerralla on vähintään 5 henkeä.
rounds-carry = Siirrä uuteen suunnitelmaan
rounds-carried = Mukana uudessa suunnitelmassa vastuuhenkilöineen.
recent-title = Tiimit tällä laitteella
recent-intro = Kunkin kumppanuuden uusin tiimilinkki säilytetään vain tällä laitteella, eikä sitä lähetetä minnekään. Avaa linkki aloittaaksesi sen seuraavan kierroksen, tai poista se, mitä et enää tarvitse.
recent-item = { $name }, tallennettu { $date }
recent-open = Avaa { $name }
recent-remove = Poista { $name }
recent-unnamed = Nimetön tiimi
recent-kept = Tämä tiimi säilytetään tällä laitteella kumppanuutensa uusimpana (ei lähetetä koskaan). Voit poistaa sen kohdasta "Tiimit tällä laitteella" tyhjällä tiimisivulla.
## Team view – Collecting in the room (hand-off, issue 29)
scan-open = Skannaa tulosten QR-koodit
scan-title = Skannaa kumppanien tulokset
scan-intro = Kukin kumppani avaa tuloksensa puhelimeen ja näyttää tälle kameralle QR-koodin, joka on kohdassa ”Jaa tulos”. Jokainen tulos lisätään tiimiin samoin kuin liitetty linkki. Kameran kuva pysyy tässä selaimessa.
scan-video = Kameran kuva
scan-waiting = Kamera on päällä. Pidä tuloksen QR-koodia sen edessä.
scan-read = QR-koodi { $n }: { $outcome }
scan-no-result = Tässä QR-koodissa ei ole Samspil-tulosta.
scan-refused = Samspil ei saa käyttää kameraa. Salli kamera tälle sivulle selaimen asetuksista ja yritä uudelleen, tai liitä kumppanien linkit yllä olevaan kenttään.
scan-missing = Kameraa ei löytynyt. Liitä kumppanien linkit yllä olevaan kenttään.
scan-failed = Kameraa ei voitu käynnistää: jokin toinen ohjelma saattaa käyttää sitä. Yritä uudelleen, tai liitä kumppanien linkit yllä olevaan kenttään.
scan-to-paste = Siirry linkkien kenttään
scan-retry = Yritä kameraa uudelleen
respondents-missing = Tulosta ei vielä ole: { $names }
