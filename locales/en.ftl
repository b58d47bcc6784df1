# Samspil – English texts (the source language).
# One message per text. Keys are the same in every language file; `{ $name }` is a
# value Samspil fills in and must stay as it is. Check with
# `cargo test --test texts`; see the README's "Translate Samspil".


## Interface
app-name = Samspil
tagline = A health check for your partnership

## Interface – Header and footer
language = Language
saved-on-device = Saved on this device
footer-privacy = Samspil runs entirely in your browser. No cookies, no tracking, nothing is sent anywhere.
notice-storage-unavailable = This browser does not let Samspil save on this device. Your answers stay in this tab and its address until you close it.
notice-storage-embedded = When Samspil is shown inside another website, your browser does not let it save your answers. They stay while the page is open. Open Samspil in a tab of its own to save them on this device.
notice-bad-options = This page's settings for Samspil had values that were ignored: { $names }. Samspil works as usual.
notice-storage-corrupt = Saved answers on this device could not be read and were removed. You can start again.
notice-host-options = The address contained settings that only apply when Samspil is shown inside another website ({ $names }). They were not used here.
notice-other-answers = This address holds different answers from the ones saved on this device. Your saved answers are kept. The answers from the address are shown below as a shared result.
notice-updated-elsewhere = Your answers were changed in another tab or window. This tab now shows the newest answers.
notice-lang-failed = The language could not be loaded (check the connection). Samspil stays in this language, and every answer is kept.
lang-loading = Loading the language…

## Interface – Start view
start-title = How healthy is your partnership?
start-intro = Samspil is a health check for partnerships between a municipality, volunteer centres, associations, companies and citizens. You respond to { $n } statements in six areas: shared goals, communication, roles and tasks, evaluation, flexibility and anchoring (what carries on). Then you see where the partnership is strong, and get concrete actions to bring to your next meeting.
start-time = It takes about 10 minutes. You can skip any statement.
privacy = Your answers stay in this browser. Nothing is sent to any server.
about-you = About you (optional)
sector-label = What kind of partner do you represent?
sector-none = Prefer not to say
sector-municipality = Municipality or region
sector-volunteer = Volunteer centre or association
sector-company = Company
sector-foundation = Foundation
sector-citizen = Citizen
sector-other = Other
sector-local-authority = Municipality
sector-region = Region or health services
sector-volunteer-centre = Volunteer centre
sector-association = Association
sector-local-group = Self-organised citizens or local group
sector-users = Users and relatives
sector-education = School or education
org-label = Your organisation
org-hint = Optional, up to 40 characters. It stays on this device and travels only in your result link and in the facilitator's team link, never in the summary for the minutes.
label-label = Name of the partnership
label-hint = Up to 40 characters. It is shown with your result.
start-button = Start the check
resume-title = Welcome back
resume-body = You have started the check on this device: { $n } of { $total } statements answered.
resume-continue = Continue where I left off
start-over = Start over

## Interface – Questionnaire
progress = Progress
step-of = Step { $k } of { $total }
answered-of = { $n } of { $total } statements answered
scale-1 = Strongly disagree
scale-2 = Disagree
scale-3 = Neither agree nor disagree
scale-4 = Agree
scale-5 = Strongly agree
dont-know = Don't know
not-relevant = Not relevant for us
back = Back
next = Next
see-results = See the result
to-start = To the start page

## Interface – Results
results-title = Your view of the partnership
shared-title = A shared result
overall = Overall result: { $score } of 100, { $band }.
overall-weakest = Weakest area: { $area }.
overall-no-weakest = No single area stands out as the weakest.
overall-capped = The band has been lowered to no more than one band above the weakest area: a partnership with one area in crisis is not called strong.
overall-gaps = Information gap: { $areas }. Most answers there were “don't know”.
overall-none = An overall result needs scores in at least 5 of the 6 areas. An area gets a score once at least three of its statements are answered on the scale.
weakest-note = The overall result is the mean of the areas; an area is named the weakest when it lies at least 5 points below all the others.
band-needs-attention = needs attention
band-developing = developing
band-strong = strong
bands-explained = Needs attention: below 40 · Developing: 40–69 · Strong: 70 and above
not-enough = not enough answers
radar-title = The six areas
radar-desc = Radar chart of the six area scores from 0 to 100. The same figures are in the table below.
start-here = Bring to the next meeting
start-here-intro = One person's answers cannot settle what the partnership should do. These are things to raise with the partners, the most serious answers first.
action-gap = Find out what the partnership does not know about { $area }: ask the partners which statements they could not judge, and agree who brings the missing facts to the next meeting.
action-clarify = Clarify { $area }: most answers were “neither agree nor disagree” or “don't know”. At the next meeting, go through its statements one by one and ask what would make each partner answer yes or no.
more-actions = Also worth doing
no-actions = Answer more statements to get suggested actions.
see-area = Go to { $area }
table-caption = Scores by area
col-area = Area
col-score = Score (0–100)
col-band = Band
col-answered = Answered
col-dont-know = Don't know
col-not-relevant = Not relevant
details-title = The answers, area by area
not-answered = Not answered
dont-know-finding = { $n } × “don't know”. Many of these are a finding in themselves: who does know?
change-answers = Change my answers

## Interface – Sharing
share-title = Share the result
share-intro = The link holds your answers. Anyone with it sees this result; it is stored nowhere else. Send it to the facilitator only, not to a shared chat: the facilitator can combine everyone's links into one team picture without the others seeing your answers.
result-link = Result link
copy-link = Copy link
copied = Link copied
copy-failed = Could not copy. Select the link and copy it yourself.
qr-title = QR code of the link
qr-too-long = This link is too long for a QR code that phones can read reliably. Copy the link and send it instead.
print = Print
download-radar = Download the radar chart (SVG)

## Interface – Shared result
shared-about = About this result
shared-label = Partnership
shared-sector = Sector
shared-date = Date
not-given = Not given
take-check = Take the check yourself

## Interface – Damaged links
link-error-title = This link cannot be opened
err-not-found = The address does not contain a Samspil result.
err-bad-character = The link contains a character that does not belong in it. It was probably changed when it was copied.
err-bad-length = The link is too short or too long. It was probably cut off when it was sent.
err-bad-checksum = The link was changed or cut off, so its answers cannot be trusted.
err-unknown-version = The link was made by a newer version of Samspil. Reload the page to get the newest version.
err-out-of-range = The link holds values that Samspil does not recognise.
err-wrong-kind = This is a team link where a result link was expected, or the other way round.
err-summary-only = This is a summary for the minutes: it holds no one's own answers and cannot be added to a team. Open it to see the team's figures.
link-error-help = Ask the person who sent it for a fresh link, or take the check yourself. Your own answers on this device are untouched.
start-fresh = Go to the start page
panic-title = Something went wrong
panic-body = Samspil ran into an error. Your answers are kept in the link and on this device. Reload the page to carry on where you were.
panic-reload = Reload the page

## Team view
team-title = The team picture
team-intro = Combine every partner's result link into one picture: where you agree, where you see things differently, and what to do next. Everything stays in this browser.
open-team = Combining the team's links? Open the team view
part-failed = This part of the page could not be loaded (check the connection).
part-retry = Try again

## Team view – Adding links
add-title = Add result links
add-label = Paste result links or a team link
add-hint = One link or many at once: one per line, or a whole chat with links in the text. Samspil finds the links itself.
add-button = Add the links
report-not-read = Links not read: { $n }. Paste at most 120 at a time.
report-title = What happened to the links
report-line = Line { $line }
report-added = Added.
report-team-added =
    { $n ->
        [one] Team link: { $n } respondent added.
       *[other] Team link: { $n } respondents added.
    }
report-duplicate = Not added: the same result is already in the team.
report-team-duplicates = Already in the team: { $n }.
report-full = Not added: a team holds at most 50 respondents.
report-team-left-out = Left out: { $n } (a team holds at most 50 respondents).
report-left-out = A team holds at most 50 respondents. Left out: { $n }.
report-none-found = No Samspil link was found in the text. A link contains #r= or #t=.

## Team view – Respondents
respondents-title = Respondents ({ $n })
respondents-show = Show the list
respondents-hide = Hide the list
respondent = Respondent { $n }
no-respondents = No respondents yet. Paste the result links above.
remove-respondent = Remove respondent { $n }

## Team view – Team radar and table
team-radar-title = The team's result by area
team-radar-desc = Radar chart: each respondent as a thin line, the team figure (each sector counts once) as a bold line, and the range from the lowest to the highest score shaded. The same figures are in the table.
team-mean = Team figure
legend-title = How to read the chart
legend-mean = Bold line with points: the team figure (the sentence below the overall result says how it is made)
legend-each = Thin grey lines: each respondent
legend-range = Shaded band: from the lowest to the highest score
team-table-caption = Team scores by area
col-mean = Team figure
col-headcount = Mean of everyone
team-table-note = Team figure: each partner counts once, however many people it sent, when every partner sent at least two; otherwise the mean of everyone, which counts each person once. The sentence above says which.
col-min = Lowest
col-max = Highest
col-sd = Spread (SD)

## Team view – Where you differ
differ-title = Where you differ
differ-rule = First, areas where two partners' means lie a whole scale point or more apart. Then areas and statements with answers at both ends of the scale: at least 6 answers, at least a fifth of them 1–2 and a fifth 4–5. Then at most five possible gaps on single statements, where two partners with at least 3 answers each lie a whole scale point apart.
differ-count =
    { $n ->
        [one] { $n } place where you see things differently.
       *[other] { $n } places where you see things differently.
    }
differ-none = No area or statement divides the team by this rule. Ask anyway: who answered “don't know”, and why?
differ-area = Area: { $area }
differ-statement = Statement { $n } · { $area }
differ-gap = Gap between sectors: { $gap } scale points. Higher: { $higher }. Lower: { $lower }.
differ-both = Answers at both ends of the scale: { $low } of { $n } answers are 1–2, { $high } are 4–5.
differ-both-area = { $n } of its statements have answers at both ends of the scale.
differ-more = Show the other { $n }
differ-ask = To talk about

## Team view – By sector
sector-title = The partners' perspectives
sector-intro = Each partner's mean score per area, with the number of people behind it in brackets. Do all partners experience the partnership as equal?
sector-caption = Mean scores by partner (people behind each figure)
sector-table-none = No respondent belongs to a partner yet: give the partners' names below.

## Team view – Team actions
team-actions-title = What the team can do next
team-actions-intro = In order: statements that at least a third of the answers put at 1–2, or where a partner's mean is 2.0 or lower, or two partners lie 1.5 points apart (the most serious first); then areas with an information gap or unsure answers; then the team's weakest areas.
team-actions-languages = The actions say the same in every language, with each country's own names (for example the job centre). Two add something: in Swedish, the Roles action also names the IOP agreement, and in Finnish, the actions on funding name STEA.

## Team view – Team link and export
team-link-title = The team link
team-link-intro = One link holds the whole team (up to 50 respondents). Opening it shows this team picture again.
full-link-warning = This link holds every person's answers. Do not put it in minutes that may become public; use the summary for the minutes below.
summary-title = Summary for the minutes
summary-intro = This link holds only what its page shows: one team figure per area in whole points, where you differ, the actions, and what the meeting decided: the agreed views and the plan with its owners and dates. No one's own answers, no respondents' names, organisations or counts, and each figure rests on at least 3 people. It is made only from 5 respondents (8 when a partner sent fewer than 3). It opens a read-only team picture.
summary-link = Summary link
summary-view-title = The team's summary
summary-view-note =
    { $n ->
        [one] A summary for the minutes: the team's figures from { $n } respondent. It holds no one's own answers, so it cannot be added to or changed.
       *[other] A summary for the minutes: the team's figures from { $n } respondents. It holds no one's own answers, so it cannot be added to or changed.
    }
anon-toggle = Hide individual answers (anonymous view)
anon-note = Anonymous view: no names, partners, counts or individual lines, and one team figure per area, each resting on at least 3 people.
team-link = Team link
team-qr = QR code of the team link
team-qr-show = Show as QR code
team-qr-hide = Hide the QR code
export-csv = Download as CSV
export-json = Download as JSON

## Team view – Action plan
plan-title = Our action plan
plan-intro = Turn the suggestions into commitments: who does what by when. Take up to 8 actions; the plan travels in the team link, so it always stays with the evidence it rests on.
plan-take = Put in the plan
plan-taken = In the plan
plan-own-label = Your own action
plan-own-add = Add to the plan
plan-count = Actions in the plan: { $n } of 8
plan-chars = { $n } of { $max } characters
plan-owner = Owner
plan-due = Due date
plan-up = Up
plan-down = Down
plan-remove-short = Remove
plan-move-up = Move action { $n } up
plan-move-down = Move action { $n } down
plan-remove = Remove action { $n }
plan-full = The plan holds at most 8 actions. Remove one before you add another.
plan-empty = No actions in the plan yet. Take suggestions from above, or write your own.
plan-calendar = Add to calendar (.ics)
plan-damaged = The plan in this link could not be read. { $reason } The team is shown. Write the plan again; it is kept in the team link.
plan-before-title = The plan from last time
plan-before-intro = Mark how far each action got. The marks are kept in the team link.
status-done = Done
status-partly = Partly
status-not-done = Not done
status-open = Not marked
plan-no-owner = No owner yet
plan-no-date = No date yet

## Team view – Before and after
compare-title = Before and after
compare-intro = A follow-up meeting six months later? Paste the team link (or result links) from the earlier meeting to see what changed. The team above is “after”.
compare-label = Links from the earlier meeting
compare-button = Compare
compare-before-damaged = The “before” part of this link could not be read. { $reason } The current team is shown. Paste the team link from the earlier meeting again to compare.
compare-in-link = The comparison is now part of the team link below: it shows both meetings, also after a reload.
compare-clear = Remove the comparison
compare-counts = Respondents: { $before } before, { $after } after.
compare-radar-title = Before and after by area
compare-radar-desc = Radar chart: the team figure before as a dashed line and after as a bold line. The same figures are in the table.
legend-before = Dashed line: before
legend-after = Bold line: after
compare-caption = Change by area
col-before = Before
col-after = After
col-change = Change
no-clear-change = no clear change
compare-noise = Changes under 10 points, or with fewer than 5 respondents before or after, read “no clear change”: the same people seldom answer both times, and changes that small can be down to chance.

## Team view – Meeting display
meeting-open = Meeting display
meeting-title = Meeting display
meeting-hint = Arrow keys or Page Up/Page Down move between sections. Escape leaves.
meeting-position = Section { $k } of { $total }: { $title }
meeting-prev = Previous
meeting-next = Next
meeting-leave = Leave the meeting display
invite-title = Take the check on your phone
invite-body = Scan the code or type the address. It takes about 10 minutes; then send your result link to the facilitator only.
invite-qr = QR code of the check's address

## Interface – Question bank versions and organisations
bank-mixed = Some people answered the first version of the statements and some the second. Area figures combine both versions; each statement's figures come only from the people who answered that version.
bank-first = First version of the statements
bank-second = Second version of the statements
bank-first-result = This result was made with the first version of Samspil's statements, and it is shown with those statements.
org-column = Organisation

## Question bank 1 – Statement 1
statement-1 = All partners, including the target group, took part in defining the purpose.
statement-1-action = Visit an activity where people from the target group already come, ask a few of them what they need, and bring their words back unchanged to the next partner meeting. Ask for their consent, and agree how they keep a say.

## Question bank 1 – Statement 2
statement-2 = We have written down one shared goal that every partner can explain.
statement-2-action = Ask the coordinator to draft the shared goal in one sentence by Friday; every partner confirms or edits it before the next meeting.

## Question bank 1 – Statement 3
statement-3 = Each partner has said openly what it wants to gain from the partnership.
statement-3-action = Hold a 60-minute workshop where every partner writes down what it needs from the partnership; then discuss what you have in common.

## Question bank 1 – Statement 4
statement-4 = Non-public partners have as much say over our goals as public partners.
statement-4-action = At the next meeting, let the non-public partners present the first draft of the goals; the public partners respond afterwards.

## Question bank 1 – Statement 5
statement-5 = We have checked that our goals are realistic with the time and money we have.
statement-5-action = Have each partner list the hours and money it can give; at the next meeting, compare the list with the goals and postpone any goal that does not fit.

## Question bank 1 – Statement 6
statement-6 = We meet at regular, fixed intervals, not only when problems arise.
statement-6-action = This week, book fixed meeting dates for the next six months in every partner's calendar.

## Question bank 1 – Statement 7
statement-7 = We have one shared place where all partners find the latest information.
statement-7-action = Choose one shared folder or channel this week; the coordinator moves current documents there and sends the link to all partners.

## Question bank 1 – Statement 8
statement-8 = Disagreements are raised openly in our meetings, not only in the corridor.
statement-8-action = Open the next meeting with a five-minute round where each partner names one thing that worries it.

## Question bank 1 – Statement 9
statement-9 = We also share lessons from our daily work with each other between meetings.
statement-9-action = Start a monthly email or chat thread this week where each partner posts one experience from its daily work.

## Question bank 1 – Statement 10
statement-10 = After each meeting, every partner receives a short note of what was decided.
statement-10-action = From the next meeting on, the chair sends three lines on decisions and owners to all partners within 24 hours.

## Question bank 1 – Statement 11
statement-11 = Roles are written down, not only agreed orally.
statement-11-action = Write a one-page agreement on who does what, sign it at the next meeting and review it every six months.

## Question bank 1 – Statement 12
statement-12 = We have agreed whether each partner points out needs, designs solutions or delivers them.
statement-12-action = At the next meeting, go through the three roles – pointing out needs, designing solutions, delivering them – and note which one each partner takes.

## Question bank 1 – Statement 13
statement-13 = We know who can make which decisions in the partnership.
statement-13-action = Within two weeks, draw a simple decision map: what the steering group decides, what the working group decides and who approves spending.

## Question bank 1 – Statement 14
statement-14 = Each partner has named the hours, staff or money it puts in.
statement-14-action = Ask every partner to tell the coordinator, by the end of the month, what it contributes over the next six months: hours, money, volunteers, premises or knowledge.

## Question bank 1 – Statement 15
statement-15 = A neutral facilitator leads our joint process, so no single partner steers it alone.
statement-15-action = Within a month, agree how the next two meetings are led so that no partner steers alone: co-chairs from two sectors, a rotating chair, or an external facilitator who is not a partner.

## Question bank 1 – Statement 16
statement-16 = We agreed on measurable success criteria when the partnership started.
statement-16-action = At the next meeting, agree on three measurable success criteria, each with a number and a date, and add them to the agreement.

## Question bank 1 – Statement 17
statement-17 = We check our progress against the criteria at fixed points in the year.
statement-17-action = Put two progress checks in the calendar now, one halfway and one at year end, and name who prepares the figures.

## Question bank 1 – Statement 18
statement-18 = The target group helps us judge whether the partnership makes a difference.
statement-18-action = Before the next status report, invite three people from the target group to a 45-minute talk about what has changed for them.

## Question bank 1 – Statement 19
statement-19 = We have changed at least one way of working because of what we measured.
statement-19-action = End the next evaluation meeting by picking one result and deciding one concrete change to make before the following meeting.

## Question bank 1 – Statement 20
statement-20 = We report our results to the leaders of every partner organisation.
statement-20-action = Within a month, send a one-page status with figures to the leaders of all partner organisations; repeat it every quarter.

## Question bank 1 – Statement 21
statement-21 = We adjust our activities when the needs of the target group change.
statement-21-action = Ask the target group and the staff closest to it how their needs have changed; check the activity plan against the answers at the next meeting.

## Question bank 1 – Statement 22
statement-22 = We try out new ideas on a small scale before scaling them up.
statement-22-action = Pick one new idea and test it with a small group for four weeks before deciding on a wider roll-out.

## Question bank 1 – Statement 23
statement-23 = When something fails, we talk about what we learned, not who is to blame.
statement-23-action = After the next setback, hold a 30-minute review with three questions: what happened, what did we learn, what do we change?

## Question bank 1 – Statement 24
statement-24 = When partners' interests collide, we look for a compromise everyone can accept.
statement-24-action = At the next meeting, list the open conflicts of interest; for each, let partners name their must-haves and agree on a compromise to try for a month.

## Question bank 1 – Statement 25
statement-25 = We have agreed how to end the partnership constructively if it stops working.
statement-25-action = Before the next meeting, draft a short exit clause: notice period, who keeps what, and how the target group is told.

## Question bank 1 – Statement 26
statement-26 = We have discussed what carries on when the project funding ends.
statement-26-action = Put “What carries on after the funding?” on the next agenda; each partner brings one activity it could continue.

## Question bank 1 – Statement 27
statement-27 = We revisit what will carry on at every stage, not only near the end.
statement-27-action = Add anchoring to the review points you already have: at each one, note which activity has a future owner and which does not yet.

## Question bank 1 – Statement 28
statement-28 = We know who will run the activities after the project period.
statement-28-action = Within a month, name an owner for each activity after the project ends and ask each owner to confirm in writing.

## Question bank 1 – Statement 29
statement-29 = Leaders in every partner organisation have said they back continuing the work.
statement-29-action = This quarter, invite the leaders of each partner organisation to a 30-minute briefing and ask what they need to back continuing the work.

## Question bank 1 – Statement 30
statement-30 = We have identified where the money for the next phase could come from.
statement-30-action = List possible sources of funding, such as the municipality's own budget, foundations and state pools, and assign one partner to contact each source before the next meeting.

## Areas (both banks) – goals
area-goals = Shared goals
area-goals-description = Whether the partners agree on what the partnership is for, and know what each of them wants from it.
area-goals-attention-1 = Start no new activities for two weeks (what citizens already use carries on), and rebuild the purpose from scratch in a workshop with all partners and the people the partnership is for.
area-goals-attention-2 = This month, have a person outside the partnership whom all partners trust interview each partner separately about its expectations, then present the differences at a joint meeting.
area-goals-developing-1 = Put the shared goal at the top of every meeting agenda for the next three months.
area-goals-developing-2 = At the next meeting, check whether each goal still matches the resources and adjust those that do not.
area-goals-developing-3 = Within two months, ask the people the partnership is for whether the purpose still meets their needs.
area-goals-strong-1 = Review the goals with all partners once a year, including new members.
area-goals-strong-2 = Give every new partner a short introduction to the purpose before its first meeting.
area-goals-question-1 = Which part of our purpose do we describe differently?
area-goals-question-2 = What would each of us call a success one year from now?

## Areas (both banks) – communication
area-communication = Communication
area-communication-description = How information, concerns and knowledge flow between the partners.
area-communication-attention-1 = This week, appoint one coordinator who is responsible for keeping all partners informed.
area-communication-attention-2 = Within two weeks, hold a meeting only about how you communicate: what works, what does not, and what you will try next.
area-communication-developing-1 = After the next three meetings, ask every partner to rate from 1 to 5 whether it felt heard, and discuss the answers.
area-communication-developing-2 = Put an informal get-together, such as a shared lunch, in the calendar once a quarter.
area-communication-strong-1 = Keep the meeting rhythm in busy periods too: move meetings rather than cancel them.
area-communication-strong-2 = Let partners take turns chairing meetings, so communication does not depend on one person.
area-communication-question-1 = Which information reaches some partners later than others?
area-communication-question-2 = What is hard to say out loud in our meetings, and why?

## Areas (both banks) – roles
area-roles = Roles and tasks
area-roles-description = Who does what, who decides, and what each partner contributes.
area-roles-attention-1 = Within two weeks, go through all tasks at a meeting and write down one owner for each.
area-roles-attention-2 = Before any new activity starts, clarify in writing who decides on money, staff and activities.
area-roles-developing-1 = Compare the written roles with what actually happens and update them at the next meeting.
area-roles-developing-2 = Within the next month, agree on at least one task on which the associations and the other non-public partners decide themselves.
area-roles-strong-1 = Review the roles every six months, and whenever a partner joins or leaves.
area-roles-strong-2 = Keep a short handover note for each role, so the work survives staff changes.
area-roles-question-1 = Which task does each of us believe someone else is responsible for?
area-roles-question-2 = Where do non-public partners feel consulted rather than part of the decision?

## Areas (both banks) – evaluation
area-evaluation = Evaluation
area-evaluation-description = How we measure progress and learn from what the results show.
area-evaluation-attention-1 = This month, agree on two or three simple measures you can start collecting at once, even if they are imperfect.
area-evaluation-attention-2 = Name one partner to own the evaluation and set aside hours for it in next month's plan.
area-evaluation-developing-1 = Set aside 20 minutes at every second meeting to look at the figures together.
area-evaluation-developing-2 = In the next evaluation, include the people the partnership is for: ask for their own assessment, for example in short interviews.
area-evaluation-strong-1 = Publish a short yearly summary of results that others can learn from.
area-evaluation-strong-2 = Share your evaluation method with other municipalities or partnerships working on similar issues.
area-evaluation-question-1 = What would convince each of us that the partnership works?
area-evaluation-question-2 = Whose view of the results counts most today, and should it?

## Areas (both banks) – flexibility
area-flexibility = Flexibility
area-flexibility-description = How well the partnership adapts when needs or circumstances change.
area-flexibility-attention-1 = At the next meeting, name one thing in the plan that no longer fits and agree how to change it.
area-flexibility-attention-2 = Within a month, write into the agreement how changes to the plan are decided and who must approve them.
area-flexibility-developing-1 = Schedule a short review of the plan every quarter where all partners can propose changes.
area-flexibility-developing-2 = Run one small experiment in the next three months and evaluate it openly afterwards.
area-flexibility-strong-1 = Keep a simple log of changes and the reasons for them, for new partners to read.
area-flexibility-strong-2 = Tell other municipalities and networks about the adjustments that worked.
area-flexibility-question-1 = What was the last change we made, and how did we decide on it?
area-flexibility-question-2 = What would make us reshape or end the partnership?

## Areas (both banks) – anchoring
area-anchoring = Anchoring
area-anchoring-description = What carries on in the long term, and who carries it.
area-anchoring-attention-1 = Within a month, hold a meeting only about what should continue in the long term and who could carry it.
area-anchoring-attention-2 = Map which activities depend on time-limited money and which the partners could carry in their regular budgets and work, without moving paid staff's tasks to volunteers.
area-anchoring-developing-1 = Write a one-page anchoring plan with owners and dates, and follow it up every quarter.
area-anchoring-developing-2 = Tell the public and local politicians what the partnership achieves, for example in a short yearly note or at a committee meeting.
area-anchoring-strong-1 = Test the anchoring plan now: let the future owner run one activity on its own for a month.
area-anchoring-strong-2 = Collect methods and contacts in a short handbook that outlasts the project staff.
area-anchoring-question-1 = Which activity would stop first if one partner, one person or one source of money dropped out?
area-anchoring-question-2 = Who among us expects someone else to carry the work forward?

## Question bank 2 – Shared goals
statement-31 = The partners agree on why this task needs a partnership.
statement-31-action = At the next meeting, let each partner finish the sentence “Without this partnership, we could not …”; write the answers on one page and keep it with the agreement.
statement-32 = I could explain our shared goal to someone in my own organisation in two sentences.
statement-32-action = At the next meeting, let every partner write the shared goal in two sentences on its own; compare the versions and agree on one wording to write down.
statement-33 = Each partner has said openly what it wants to gain from the partnership.
statement-33-action = Hold a 60-minute round where each partner says what it needs from the partnership; write the needs down next to the shared goal and keep the differences visible.
statement-34 = My organisation or group gets enough out of the partnership to justify what we put in.
statement-34-action = Before the next meeting, let each partner write down what it puts in and what it gets out, in money and otherwise; discuss together where the balance is off and what would change it.
statement-35 = We have checked that our goals fit the time and resources the partners have.
statement-35-action = Have each partner list what it can give over the next six months – staff time, volunteers, premises, knowledge or money; at the next meeting, compare the list with the goals and postpone any goal that does not fit.
statement-36 = People the partnership is for took part in describing the need we work on.
statement-36-action = Within a month, visit an activity where people the partnership is for already come; ask a few of them what they need, bring their words back unchanged, and agree how they keep a say. Ask for their consent and offer something in return for their time.

## Question bank 2 – Communication
statement-37 = Our partnership meetings follow a fixed schedule.
statement-37-action = This week, book fixed meeting dates for the next six months and send them to every partner.
statement-38 = Our meetings are held at times that suit the people who take part unpaid, such as volunteers.
statement-38-action = Ask the people who take part unpaid which times suit them; move at least every second meeting to such a time, or let them join online.
statement-39 = Every partner, volunteers included, can get into the place where our shared documents are kept.
statement-39-action = This week, check that every partner can open the shared folder or channel; if one partner's system locks the others out, choose a place all can use within the data protection rules.
statement-40 = I feel free to disagree openly in our meetings.
statement-40-action = Open the next meeting with anonymous notes: each partner writes one concern, the chair reads them out, and the group picks one to discuss. Repeat until a spoken round feels safe.
statement-41 = We know each other's conditions, such as the municipality's rules and how the associations' volunteer boards make decisions.
statement-41-action = At the next meeting, give each partner ten minutes to explain how decisions are made in its own organisation, how long they take, and what it cannot do.
statement-42 = The associations can criticise the municipality in public without fearing for their grant.
statement-42-action = Write into the agreement that the associations keep their right to speak publicly, including to criticise the municipality, and that grants are decided on the grant scheme's own criteria, not on what the associations say in public; let the municipality confirm it at the next meeting.

## Question bank 2 – Roles and tasks
statement-43 = Each partner's tasks are written down where all partners can find them.
statement-43-action = Write one page on who does what, keep it where all partners can find it, and review it whenever a partner joins or leaves.
statement-44 = Partners do what they have promised, by the time they promised.
statement-44-action = End each meeting by reading out who promised what by when; start the next one with a two-minute check of those promises, without blame.
statement-45 = I know who decides what in the partnership.
statement-45-action = Within two weeks, draw a simple decision map: what the partners decide together, what each organisation decides alone, and who approves spending.
statement-46 = The partners make the important decisions together.
statement-46-action = For the next important decision, send the question to all partners two weeks ahead, and let a non-public partner prepare it together with the municipality.
statement-47 = Each association decides for itself which tasks it takes on in the partnership.
statement-47-action = At the next meeting, let each association say which tasks it wants to carry and which it does not, and write its choice into the agreement.
statement-48 = We have agreed which tasks volunteers do and which stay with paid staff.
statement-48-action = Within a month, list the tasks of the activity and mark each as the volunteers', the paid staff's or shared; go through the list with the volunteers and the staff's union representatives.
statement-49 = Someone has working time set aside to coordinate the partnership.
statement-49-action = Agree who coordinates and how many hours a month it takes; if nobody has the time, decide which partner pays for it, or share the task in turns.

## Question bank 2 – Evaluation
statement-50 = We have agreed how we will know whether the partnership succeeds.
statement-50-action = At the next meeting, agree on two or three signs of success, at least one of them described by the people the partnership is for, and write down how you will notice each.
statement-51 = People the partnership is for help judge whether it makes a difference.
statement-51-action = Before the next status report, talk with three of the people the partnership is for where they already are, for example at the activity, about what has changed for them; bring their words to the meeting.
statement-52 = We look at our progress together at fixed points in the year.
statement-52-action = Put two progress checks in the calendar now, one halfway and one at the end of the year, and name who prepares them.
statement-53 = In the past year, we changed a way of working because of what our results showed.
statement-53-action = End the next evaluation meeting by picking one result and deciding one concrete change to make before the following meeting.
statement-54 = Our results reach the decision-makers of each partner, for example an association's board or the municipality's responsible committee.
statement-54-action = Within a month, send a one-page status to each partner's decision-makers – an association's board, the municipality's manager or committee – and repeat it every six months.
statement-55 = The activities make a noticeable difference for the people the partnership is for.
statement-55-action = Ask the people the partnership is for what difference they notice; if they notice little, discuss at the next meeting what to change or stop.

## Question bank 2 – Flexibility
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

## Question bank 2 – Anchoring
statement-62 = We have agreed how to end the partnership constructively if it stops working.
statement-62-action = Before the next meeting, draft a short exit clause: notice period, who keeps what, and how the people using the activities are told.
statement-63 = We have agreed what the people using an activity are offered if it stops.
statement-63-action = For each activity that volunteers run, agree what the people using it are offered if it stops, and who tells them.
statement-64 = It is agreed who keeps each activity going in the long term.
statement-64-action = Within a month, name an owner for each activity beyond the current period, and ask each owner to confirm in writing.
statement-65 = Each partner's decision-makers have said they back continuing the work, for example an association's board or the municipality's responsible committee.
statement-65-action = This quarter, brief each partner's decision-makers – the responsible committee in the municipality, the board in an association – and ask what they need to back continuing the work.
statement-66 = Staff who meet citizens in their daily work refer people to the activities.
statement-66-action = Within two months, visit one team of frontline staff, such as home care or the municipality's employment service, and show them how to refer people to the activities.
statement-67 = At least two people know how to run each activity.
statement-67-action = For each activity that one person runs alone, find a second person to run it together with them for the next three months, and write down how it is done.
statement-68 = We know how the work will be paid for in the coming years.
statement-68-action = List possible sources of money – the partners' own budgets, municipal grants, private foundations, state grant schemes – and give each to one partner to look into before the next meeting.

## Team view – Facilitator guide (the printable guide-en.html, linked from the team view)
# Added for the facilitator guide; keep this block at the end of the file.
guide-link = How to run the meeting
## Team view – Partners, anonymity and "where you differ" (issue 27)
partner-gap = Gap between partners: { $higher } rates it { $gap } scale points higher than { $lower }.
partner-gap-anon = Two partners' means lie at least { $gap } scale points apart.
differ-possible = Possible difference (few answers behind it)
figure-equal = The team figure weights the partners equally: each counts once, however many people it sent.
figure-one = The team figure is the mean of everyone: there is only one partner.
figure-small = The team figure is the mean of everyone: a partner sent too few people (2 in the full view, 3 in the anonymous view) to count as a whole partner.
figure-unmapped = The team figure is the mean of everyone: someone belongs to no partner. Choose their partner to weight the partners equally.
concern-title = One partner's concern
concern-intro = Critical statements that the only respondent of a partner answered 1. Take them up in the meeting, in a way that partner agrees to.
dyad-title = The two partners side by side
dyad-intro = Statements where the two partners' means lie 2 scale points or more apart.
dyad-none = The two partners lie less than 2 scale points apart on every statement.
summary-refused-few = A summary for the minutes needs at least 5 respondents: with fewer, its figures would point to single people.
summary-refused-small = A summary for the minutes needs at least 8 respondents when a partner sent fewer than 3: otherwise that partner's answers could be worked out.
partners-title = Partners
partners-intro = Choose each person's partner: the organisation they belong to. A person with no partner counts in the mean of everyone, never as a partner of their own.
partner-none = No partner
differ-both-anon = Answers at both ends of the scale: at least a fifth of the answers are 1–2 and at least a fifth 4–5.
col-statement = Statement
partner-of = Partner of { $name }
partner-new-label = A new partner's name (an organisation)
partner-add = Add partner
partners-damaged = The partners in this link could not be read: they are taken from the answers instead. Nothing else is lost.
partners-unmapped = Someone belongs to no partner: they count in the mean of everyone only. Choose their partner below.
team-small = With one or two people there is no team spread: read the figures as each person's own view. The anonymous view and the summary for the minutes show no figures for fewer than 3 people.
## Team view – Meeting display and files (issue 30; keep this block at the end)
file-respondent = Respondent
file-sector = Sector
file-date = Date
file-language = Language
file-area = Area
file-statement-no = Statement no.
file-statement = Statement
file-answer = Answer
file-action-no = No.
file-action = Action
file-status = Status
file-partnership = Partnership
export-plan-csv = Download the plan as CSV
calendar-left-out = Not in the calendar file, because they have no due date yet: { $n }. Give them a date to add them.
calendar-reminder = Due in a week
meeting-agreed-title = Our view per area
meeting-agreed-count = Agreed views recorded: { $n } of 6 areas.
meeting-trend = Last time: { $score } of 100.
meeting-items = Shown: { $from }–{ $to } of { $n }.
meeting-hint-touch = On a touch screen, swipe sideways.
agreed-score = Agreed score
agreed-score-for = Agreed score for { $area } (0–100)
agreed-disagree = We disagree
agreed-note = Note
agreed-note-for = Note on { $area }
agreed-date = Date of the meeting
agreed-none = Not recorded
minutes-title = Minutes
minutes-anonymous = Anonymous view: no one's own answers, names, organisations or sectors, and no figure based on fewer than 3 people.
# ── Hand-off (issue 29): texts added by the hand-off work. New keys go here. ──

## Interface – Damaged links (hand-off)
err-no-answers = This address names a page of Samspil but holds no answers, so it shows no one's result. A result link holds the answers: ask the person who sent it for the link under “Share the result”.

## Interface – Results (hand-off)
unanswered-title = Some statements are not answered
unanswered-body = { $n } of { $total } statements have no answer. The result uses only the ones you answered. You can go back to the others, or keep the result as it is.
unanswered-back = Answer the remaining statements

## Interface – Start view (hand-off)
invited-title = You are invited to take the check
invited-name = Partnership: { $name }
invited-by = Please answer by { $date }.
invited-facilitator = Your result goes to the facilitator, { $name }.
open-in-tab = Open in a new tab
date-numeric = { $d }/{ $m }/{ $y }

## Interface – Results (hand-off), sending
handoff-title = Send the result to the facilitator
handoff-intro = The link holds your answers. Send it to the facilitator only. If the facilitator works for a public authority, an e-mail to them may become a public document: the safest way is to show the QR code under “Share the result” to the facilitator in the meeting.
handoff-send = Send to the facilitator
handoff-send-to = Send to { $name }
handoff-link = Your link for the facilitator
handoff-subject = My Samspil result: { $name }
handoff-subject-plain = My Samspil result
handoff-message = Here is the link to my result from the Samspil check. It holds my answers, so please use it only for the team picture.

## Team view – Invitations (hand-off)
invite-partners = Invite partners
invite-partners-title = Invite the partners
invite-partners-intro = One link for every partner: it opens the check with the partnership's name filled in, and tells them by when to answer and whom to send their result to. It holds no answers.
invite-by = Answer by (optional)
invite-facilitator = Your name (optional)
invite-email = Your e-mail address (optional)
invite-email-hint = The partners' “Send to the facilitator” writes to this address. In a public authority, e-mails you receive may become public documents; if in doubt, leave it out and collect the results in the meeting.
invite-email-bad = This is not an e-mail address Samspil can use. Write it as name@example.org.
invite-link = Invitation link
invite-link-qr = QR code of the invitation

# Where you differ: statements with too few answers for "both ends" (issue 27)
differ-few = Fewer than 6 answers, too few to call it a split: someone answered 1–2 where others answered 4–5 on statement {$list}. Ask about it in the meeting.
compare-partners-changed = The partners differ between the two rounds (joined: { $joined }; left: { $left }), so no change is called clear: it could come from who answered, not from the partnership.

## Team view – Findings on paper (the team page loads them as they come near the screen)

findings-print-note = “Where you differ” and “What the team can do next” are not on this page yet: close the print, scroll down to them and print again, or print with Ctrl+P.
## Team view – Rounds over time (issue 31)
rounds-title = Rounds over time
rounds-intro = The team link carries the figures of the partnership's earlier rounds, never anyone's answers, so the latest link holds the whole history. To add the previous round, paste its team link here.
rounds-label = The previous round's team link
rounds-button = Add the previous round
rounds-added = The round of { $date } ({ $people } people) is added to the history. Copy the team link below to keep it.
rounds-earlier-damaged = Its own earlier rounds could not be read and are not included.
rounds-not-team = No team link was found in the text. Paste the team link of the previous round.
rounds-damaged = The earlier rounds in this link could not be read ({ $reason }). This round opens as usual. To rebuild the history, paste the previous round's team link again.
rounds-no-partner = No partner
rounds-now = This round ({ $date })
rounds-older = { $count } older rounds, { $from } to { $to } (lowest–highest)
rounds-future = The round of { $date } is dated after today: its date may be wrong.
rounds-order = The round of { $date } is dated before the round listed above it.
rounds-bank = From the round of { $date }, the team answered another version of the statements: area figures before and after that are not compared.
rounds-chart = Team figure per area, one point per round, oldest on the left. The line breaks where the version of the statements changed.
rounds-caption = Team figure per area in each round, with the number of people and the partners
rounds-col-round = Round
rounds-col-people = People
rounds-change-title = Change since the round of { $date }
rounds-other-bank = The two rounds used different versions of the statements: different statements are not a change, so no area change is given.
rounds-other-bank-cell = other version of the statements
rounds-matched = The partners differ between the two rounds (joined: { $joined }; left: { $left }). The change is taken only from the partners present both times, each counting equally.
rounds-too-small = not comparable: a partner had fewer than 3 people
rounds-clear = clear change
rounds-rule = A change is called clear only when it is at least 10 points and at least twice its standard error, taken from both rounds' spread and number of people, with at least 5 people each time.
rounds-carry = Carry into the new plan
rounds-carried = In the new plan, with its owner.
recent-title = Teams on this device
recent-intro = The latest team link of each partnership is kept on this device only, never sent anywhere. Open one to start its next round, or remove what you no longer need.
recent-item = { $name }, kept { $date }
recent-open = Open { $name }
recent-remove = Remove { $name }
recent-unnamed = Team without a name
recent-kept = This team is kept on this device as its partnership's latest (never sent). You can remove it from "Teams on this device" on the empty team page.
## Team view – Collecting in the room (hand-off, issue 29)
scan-open = Scan result QR codes
scan-title = Scan the partners' results
scan-intro = Each partner opens their result on their phone and holds the QR code under “Share the result” up to this camera. Each result is added to the team as a pasted link is. The camera's picture stays in this browser.
scan-video = The camera's picture
scan-waiting = The camera is on. Hold a result's QR code in front of it.
scan-read = QR code { $n }: { $outcome }
scan-no-result = This QR code holds no Samspil result.
scan-refused = Samspil may not use the camera. Allow the camera for this page in the browser's settings and try again, or paste the partners' links into the box above.
scan-missing = No camera was found. Paste the partners' links into the box above instead.
scan-failed = The camera could not be started: another program may be using it. Try again, or paste the partners' links into the box above.
scan-to-paste = Go to the box for links
scan-retry = Try the camera again
respondents-missing = No result yet from: { $names }
