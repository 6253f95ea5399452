"""Whole pages as readers paste them, one small page per site style: what the reader makes of each.

Each page is written for this table in the layout a site's article shows when selected and
pasted (section labels, bylines, date lines, captions with their credits, players and widgets);
names, places and stories are invented, and nothing is copied from an evaluation corpus. The
expected reading is the article's title, date, authors, photos (caption, photographer, agency)
and videos; no furniture line may become a paragraph.
"""

from __future__ import annotations

import pytest

from newsarchive.parse import parse_article

PAGES = [
    # --- British and European sites ---
    (
        "guardian",
        """World news
Ukraine
Ferry services resume across the strait after week-long storm
Operators say the backlog of freight will take days to clear as ports reopen
Anna Kowalczyk in Gdańsk
Tue 14 Mar 2023 18.42 GMT
Last modified on Tue 14 Mar 2023 19.05 GMT
Lorries queue at the ferry terminal on Tuesday morning. Photograph: Piotr Nowak/Reuters
Ferry services across the strait resumed on Tuesday after a week of storms kept ships in port and left lorries stranded.
Operators said it would take several days to clear the backlog of freight waiting at the terminals.
The harbour master said conditions had improved overnight.
""",
        (
            "Ferry services resume across the strait after week-long storm",
            "2023-03-14",
            ("Anna Kowalczyk",),
            (("Lorries queue at the ferry terminal on Tuesday morning.", "Piotr Nowak", "Reuters"),),
            (),
        ),
    ),
    (
        "bbc",
        """Storm Hollis: Thousands without power as gales hit coast
Published
14 March 2023
Share
Image source, Getty Images
Image caption,
Trees were brought down across the region overnight
By Ellen Marsh
BBC News, Cardiff
Tens of thousands of homes are without power after gusts of up to 90mph battered the coast overnight.
Engineers said they hoped to reconnect most customers by the evening.
Media caption,
Watch: Waves crash over the sea wall at Porthcawl
The Met Office said the warning would remain in place until midnight.
Related Topics
Weather
Cardiff
""",
        (
            "Storm Hollis: Thousands without power as gales hit coast",
            "2023-03-14",
            ("Ellen Marsh",),
            (("Trees were brought down across the region overnight", None, "Getty Images"),),
            ("Watch: Waves crash over the sea wall at Porthcawl",),
        ),
    ),
    (
        "bbc_relative",
        """Council approves new bus lanes for city centre
Published
2 hours ago
Share
By Ellen Marsh
BBC News
The city council has approved plans for three new bus lanes through the centre after a long consultation.
Councillors voted by 30 to 12 in favour of the scheme on Tuesday evening.
""",
        ("Council approves new bus lanes for city centre", None, ("Ellen Marsh",), (), ()),
    ),
    (
        "sky",
        """Prime minister to set out new migration plan
The plan is expected to include new limits on visas.
Jane Roe
Political reporter @janeroe
Tuesday 14 March 2023 18:42, UK
Image:
The prime minister speaking at the summit earlier this month. Pic: Reuters
Why you can trust our political coverage
The prime minister will set out a new migration plan on Wednesday, Sky News understands.
The plan is expected to include new limits on student visas, officials said.
""",
        (
            "Prime minister to set out new migration plan",
            "2023-03-14",
            ("Jane Roe",),
            (("The prime minister speaking at the summit earlier this month.", None, "Reuters"),),
            (),
        ),
    ),
    (
        "euronews",
        """Rail strike halts trains across the country
By Jane Roe
Published on 14/03/2023 - 18:42 • Updated 19:05
Commuters wait at the main station in the capital on Tuesday. - Copyright Tom Ross/AP
Trains were halted across the country on Tuesday as rail workers walked out in a dispute over pensions.
Unions said the strike would continue until Thursday.
""",
        (
            "Rail strike halts trains across the country",
            "2023-03-14",
            ("Jane Roe",),
            (("Commuters wait at the main station in the capital on Tuesday.", "Tom Ross", "AP"),),
            (),
        ),
    ),
    (
        "dailymail",
        """Pensioner, 82, wins fight to keep beloved garden shed
By JANE ROE FOR MAILONLINE
PUBLISHED: 18:42 GMT, 14 March 2023 | UPDATED: 19:05 GMT, 14 March 2023
The pensioner in her garden on Tuesday after the council dropped its case
+5
View gallery
A pensioner has won her fight to keep a garden shed that the council had ordered her to tear down.
The council dropped its case on Tuesday after neighbours backed her.
""",
        ("Pensioner, 82, wins fight to keep beloved garden shed", "2023-03-14", ("Jane Roe",), (), ()),
    ),
    (
        "france24",
        """Africa
Dozens killed in attack on army post, officials say
Issued on: 14/03/2023 - 18:42 Modified: 14/03/2023 - 19:05
2 min
Soldiers patrol a road near the border on March 10, 2023. © Issa Kone, AFP
Text by:
NEWS WIRES
At least 30 soldiers were killed when gunmen attacked an army post near the border on Tuesday, officials said.
The attack was the deadliest in the region this year.
""",
        (
            "Dozens killed in attack on army post, officials say",
            "2023-03-14",
            (),
            (("Soldiers patrol a road near the border on March 10, 2023.", "Issa Kone", "AFP"),),
            (),
        ),
    ),
    (
        "dw",
        """Conflicts
Germany pledges more air defense systems
Berlin has promised to deliver additional systems before the summer, the defense minister said.
Ana Petrenko
03/14/2023March 14, 2023
The defense minister spoke to reporters in Berlin on Tuesday
Image: Michael Kappel/dpa/picture alliance
Germany will deliver two more air defense systems before the summer, the defense minister said on Tuesday.
The announcement came after talks with allied ministers in Berlin.
""",
        (
            "Germany pledges more air defense systems",
            "2023-03-14",
            ("Ana Petrenko",),
            (("The defense minister spoke to reporters in Berlin on Tuesday", "Michael Kappel", "dpa"),),
            (),
        ),
    ),
    (
        "lemonde",
        """Pension reform: Unions call for new day of strikes
By Jane Roe with AFP
Published on March 14, 2023, at 6:42 pm (Paris), updated at 7:05 pm
Time to read 2 min.
Lire en français
Protesters march in Paris, on March 7, 2023. THOMAS ROSS / AFP
Unions called on Tuesday for a new day of strikes and protests against the pension reform.
The bill is due to be voted on later this week.
""",
        (
            "Pension reform: Unions call for new day of strikes",
            "2023-03-14",
            ("Jane Roe",),
            (("Protesters march in Paris, on March 7, 2023.", "THOMAS ROSS", "AFP"),),
            (),
        ),
    ),
    (
        "elpais",
        """Government approves new housing law
JANE ROE
Madrid - MAR 14, 2023 - 18:42 CET
The housing minister speaks in Congress on Tuesday. EFE
The Spanish government approved a new housing law on Tuesday that caps rent increases.
The law must still pass Congress.
""",
        (
            "Government approves new housing law",
            "2023-03-14",
            ("Jane Roe",),
            (("The housing minister speaks in Congress on Tuesday.", None, "EFE"),),
            (),
        ),
    ),
    # --- American sites ---
    (
        "cnn",
        """World
Africa
Flooding kills dozens in eastern region, officials say
By Tom Reilly and Ana Costa, CNN
3 minute read
Updated 7:31 AM EDT, Tue March 14, 2023
Residents wade through floodwater in the eastern city on Monday.
Hassan Ali/AFP/Getty Images
CNN —
At least 40 people have died after days of heavy rain flooded the eastern region, officials said.
Rescue teams were still searching for the missing late on Monday, the regional governor told reporters.
""",
        (
            "Flooding kills dozens in eastern region, officials say",
            "2023-03-14",
            ("Tom Reilly", "Ana Costa"),
            (("Residents wade through floodwater in the eastern city on Monday.", "Hassan Ali", "AFP"),),
            (),
        ),
    ),
    (
        "nyt",
        """Supported by
SKIP ADVERTISEMENT
Markets Slide as Rate Fears Return
Investors sold shares for a third straight day as officials signaled more increases were ahead.
Listen to this article · 5:12 min Learn more
Share full article
Traders on the floor of the exchange on Tuesday.Credit...Jane Roe for The New York Times
By Ana Vale and Tom Ross
March 14, 2023
Updated 6:05 p.m. ET
Stocks fell for a third day on Tuesday as investors weighed fresh signs that interest rates would stay high for longer.
The decline was broad, with every sector of the index ending lower.
""",
        (
            "Markets Slide as Rate Fears Return",
            "2023-03-14",
            ("Ana Vale", "Tom Ross"),
            (("Traders on the floor of the exchange on Tuesday.", "Jane Roe", "The New York Times"),),
            (),
        ),
    ),
    (
        "wapo",
        """Politics
Senate passes stopgap bill hours before deadline
The measure now heads to the House, where its fate is uncertain
By Mira Osei and Paul Lind
Updated March 14, 2023 at 7:03 p.m. EDT|Published March 14, 2023 at 5:12 p.m. EDT
The Senate majority leader walks to the chamber on Tuesday. (Jabin Okoro/The Washington Post)
Listen
5 min
Gift Article
Share
The Senate passed a short-term spending bill on Tuesday, hours before a shutdown deadline.
The vote was 68 to 30, with a dozen members of the minority joining the majority.
""",
        (
            "Senate passes stopgap bill hours before deadline",
            "2023-03-14",
            ("Mira Osei", "Paul Lind"),
            (("The Senate majority leader walks to the chamber on Tuesday.", "Jabin Okoro", "The Washington Post"),),
            (),
        ),
    ),
    (
        "nbc",
        """Jury selection begins in closely watched fraud trial
March 14, 2023, 6:42 PM UTC / Updated March 14, 2023, 7:05 PM UTC
By Jane Roe and Tom Ross
Jury selection began Tuesday in the fraud trial of a former technology executive.
The hearing should run into the summer.
""",
        ("Jury selection begins in closely watched fraud trial", "2023-03-14", ("Jane Roe", "Tom Ross"), (), ()),
    ),
    (
        "politico",
        """House panel advances spending bill
The vote was along party lines.
Committee members listen during a hearing on Tuesday. | Tom Ross/AP Photo
By JANE ROE
03/14/2023 06:42 PM EDT
A House committee advanced a spending bill on Tuesday on a party-line vote.
The full House could vote on it next week.
""",
        (
            "House panel advances spending bill",
            "2023-03-14",
            ("Jane Roe",),
            (("Committee members listen during a hearing on Tuesday.", "Tom Ross", "AP"),),
            (),
        ),
    ),
    (
        "bloomberg",
        """Oil Falls as Banking Turmoil Hits Risk Appetite
Jane Roe
March 14, 2023 at 6:42 PM GMT+8
Updated on March 14, 2023 at 7:05 PM GMT+8
Listen
3:12
Oil fell for a third day as turmoil in the banking sector weighed on demand for risky assets.
Futures in New York dropped as much as 2% on Tuesday.
""",
        ("Oil Falls as Banking Turmoil Hits Risk Appetite", "2023-03-14", ("Jane Roe",), (), ()),
    ),
    (
        "fox",
        """Governor signs bill expanding school choice
Bill passed the legislature last week
By Jane Roe | Fox News
Published March 14, 2023 6:42pm EDT
Fox News Flash top headlines for March 14
Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com.
The governor signed a bill on Tuesday that will expand school choice across the state.
The bill passed the legislature last week after a long debate.
""",
        ("Governor signs bill expanding school choice", "2023-03-14", ("Jane Roe",), (), ()),
    ),
    (
        "localus",
        """City council approves new park downtown
Jane Roe
The Daily Ledger
Published 6:42 p.m. ET March 14, 2023
Residents attend the council meeting on Tuesday. (Photo: Tom Ross/The Daily Ledger)
Buy Photo
The city council approved plans for a new park downtown on Tuesday.
Construction is expected to begin next spring.
""",
        (
            "City council approves new park downtown",
            "2023-03-14",
            ("Jane Roe",),
            (("Residents attend the council meeting on Tuesday.", "Tom Ross", "The Daily Ledger"),),
            (),
        ),
    ),
    # --- wire services ---
    (
        "ap",
        """Floodwaters rise in river towns as storm stalls over Midwest
By JOHN DARROW and MARY KELLEN
Updated 4:32 PM UTC, March 14, 2023
1 of 5 | Residents fill sandbags outside a church in Riverton, Iowa, Tuesday, March 14, 2023. (AP Photo/Jane Roe)
Share
RIVERTON, Iowa (AP) — Floodwaters crept toward homes in small river towns on Tuesday as a storm stalled.
Forecasters said the river would crest late Wednesday, several feet above flood stage.
""",
        (
            "Floodwaters rise in river towns as storm stalls over Midwest",
            "2023-03-14",
            ("John Darrow", "Mary Kellen"),
            (
                (
                    "Residents fill sandbags outside a church in Riverton, Iowa, Tuesday, March 14, 2023.",
                    "Jane Roe",
                    "AP",
                ),
            ),
            (),
        ),
    ),
    (
        "reuters",
        """World
Europe
Ports reopen after strike ends, union says
By Lena Varga
March 14, 20235:04 PM UTCUpdated 2 hours ago
[1/3] Dock workers gather at the port in Rotterdam, Netherlands, March 14, 2023. REUTERS/Piet van der Berg
ROTTERDAM, March 14 (Reuters) - Dutch ports reopened on Tuesday after dock workers ended a strike, their union said.
Shipping lines said it would take the rest of the week to clear the backlog.
Reporting by Lena Varga; Editing by Tom Hale
Our Standards: how we check, source and correct our stories
""",
        (
            "Ports reopen after strike ends, union says",
            "2023-03-14",
            ("Lena Varga",),
            (
                (
                    "Dock workers gather at the port in Rotterdam, Netherlands, March 14, 2023.",
                    "Piet van der Berg",
                    "Reuters",
                ),
            ),
            (),
        ),
    ),
    # --- Middle East, Asia and Pacific sites ---
    (
        "aljazeera",
        """News|Politics
Protesters rally in capital as vote count drags on
Opposition says results are being delayed to favour the ruling party.
Supporters of the opposition gather in the capital on Tuesday [Ahmed Idris/Reuters]
Published On 14 Mar 2023
14 Mar 2023
Save
Thousands of opposition supporters rallied in the capital on Tuesday as the count dragged on.
The electoral commission said the delays were caused by problems with the transmission of results.
""",
        (
            "Protesters rally in capital as vote count drags on",
            "2023-03-14",
            (),
            (("Supporters of the opposition gather in the capital on Tuesday", "Ahmed Idris", "Reuters"),),
            (),
        ),
    ),
    (
        "haaretz",
        """Knesset passes first reading of contested bill
Jane Roe
Mar 14, 2023 6:42 pm IST
Protesters outside the Knesset on Tuesday.Credit: Tom Ross
The Knesset passed the first reading of a contested bill on Tuesday, as thousands protested outside the building.
The bill must pass two more readings to become law.
""",
        (
            "Knesset passes first reading of contested bill",
            "2023-03-14",
            ("Jane Roe",),
            (("Protesters outside the Knesset on Tuesday.", "Tom Ross", None),),
            (),
        ),
    ),
    (
        "arabnews",
        """Saudi Arabia announces new tourism visa rules
Updated 14 March 2023
Jane Roe
March 14, 2023 18:42
Visitors at a heritage site in the kingdom. (SPA)
RIYADH: Saudi Arabia announced new tourism visa rules on Tuesday that will allow more visitors to apply online.
The rules take effect next month.
""",
        (
            "Saudi Arabia announces new tourism visa rules",
            "2023-03-14",
            ("Jane Roe",),
            (("Visitors at a heritage site in the kingdom.", None, "SPA"),),
            (),
        ),
    ),
    (
        "scmp",
        """Hong Kong to scrap remaining quarantine rules for arrivals
Jane Roe
Published: 6:42pm, 14 Mar, 2023
Updated: 7:05pm, 14 Mar, 2023
Travellers arrive at the airport on Tuesday. Photo: Reuters
Hong Kong will scrap its remaining quarantine rules for arrivals from next week, the city's leader said on Tuesday.
The move is expected to boost tourism, officials said.
""",
        (
            "Hong Kong to scrap remaining quarantine rules for arrivals",
            "2023-03-14",
            ("Jane Roe",),
            (("Travellers arrive at the airport on Tuesday.", None, "Reuters"),),
            (),
        ),
    ),
    (
        "straitstimes",
        """New MRT line to open in stages from 2025
Jane Roe
Transport Correspondent
UPDATED Mar 14, 2023, 06:42 PM
The new line will have 12 stations when completed. ST PHOTO: TOM ROSS
SINGAPORE - The first stage of a new MRT line will open in 2025, the Transport Minister said on Tuesday.
The line will serve about 100,000 commuters a day when fully open.
""",
        (
            "New MRT line to open in stages from 2025",
            "2023-03-14",
            ("Jane Roe",),
            (("The new line will have 12 stations when completed.", "TOM ROSS", None),),
            (),
        ),
    ),
    (
        "nhk",
        """Japan's exports rise for third month
Mar. 14, 2023 18:42 JST
Japan's exports rose for the third month in a row in February, government data showed on Tuesday.
Shipments of cars to the United States led the increase.
""",
        ("Japan's exports rise for third month", "2023-03-14", (), (), ()),
    ),
    (
        "toi",
        """City Desk / TNN / Updated: Mar 14, 2023, 18:42 IST
Metro line extension to open next month
The extension of the metro line will open next month, officials said on Tuesday.
The new stretch has four stations.
""",
        ("Metro line extension to open next month", "2023-03-14", (), (), ()),
    ),
    (
        "ht",
        """Metro line extension to open next month
By Anu Rao, New Delhi
Mar 14, 2023 06:42 PM IST
The extension of the metro line will open next month, officials said on Tuesday.
The new stretch has four stations.
""",
        ("Metro line extension to open next month", "2023-03-14", ("Anu Rao",), (), ()),
    ),
    (
        "abc_au",
        """Floodwaters cut off outback towns as rain keeps falling
ABC North West
By Jane Roe
Topic:Floods
Posted Tue 14 Mar 2023 at 6:42pm, updated Tue 14 Mar 2023 at 7:05pm
Residents were evacuated overnight as the river rose.(ABC North West: Tom Ross)
Key points:
Three towns are cut off by road
More rain is forecast for the weekend
Floodwaters have cut off three outback towns as heavy rain continues to fall across the state's north-west.
Emergency services said residents should prepare for several days of isolation.
""",
        (
            "Floodwaters cut off outback towns as rain keeps falling",
            "2023-03-14",
            ("Jane Roe",),
            (("Residents were evacuated overnight as the river rose.", "Tom Ross", "ABC North West"),),
            (),
        ),
    ),
    (
        "kyivindependent",
        """Russian attack damages power plant in eastern region
by Ana Petrenko
March 14, 2023 6:42 PM 2 min read
Firefighters work at the site of a strike in the city on March 14, 2023. (Photo by Tom Ross/Getty Images)
A Russian missile attack damaged a power plant in the eastern region overnight, the regional governor said on Tuesday.
Repair crews restored power to most homes by the afternoon.
""",
        (
            "Russian attack damages power plant in eastern region",
            "2023-03-14",
            ("Ana Petrenko",),
            (("Firefighters work at the site of a strike in the city on March 14, 2023.", "Tom Ross", "Getty Images"),),
            (),
        ),
    ),
    (
        "cbc",
        """Canada
Province announces new housing plan to speed up construction
Plan includes $1B for new rental units
Jane Roe · CBC News · Posted: Mar 14, 2023 6:42 PM EDT | Last Updated: March 14
Construction workers on a site in the city's east end. (Tom Ross/CBC)
Social Sharing
The province announced a new housing plan on Tuesday that it says will speed up construction of rental homes.
The plan includes $1 billion for new rental units over five years, the housing minister said.
""",
        (
            "Province announces new housing plan to speed up construction",
            "2023-03-14",
            ("Jane Roe",),
            (("Construction workers on a site in the city's east end.", "Tom Ross", "CBC"),),
            (),
        ),
    ),
    # --- captions with no credit between paragraphs: an image's empty slot, people at a time ---
    (
        "slot",
        """Hunters missing in forest found safe
By Jane Roe
March 14, 2023

Two hunters who went missing in the forest on Sunday have been found safe, police said on Tuesday.

The men were found by a search team near the river, about 10 kilometres from their camp.


Search team members at the river camp

They were taken to hospital for checks and later released, a police spokesman said.

Officials thanked the volunteers who joined the search.
""",
        (
            "Hunters missing in forest found safe",
            "2023-03-14",
            ("Jane Roe",),
            (("Search team members at the river camp", None, None),),
            (),
        ),
    ),
    (
        "people_at_a_time",
        """Royal couple to visit Canada in the spring
By Jane Roe, CNN
Updated 7:31 AM EDT, Tue March 14, 2023
The couple will visit three provinces in the spring, the palace said on Tuesday.
The visit will be their first since the pandemic, officials said.
The Duke and Duchess in Ottawa in 2019
They will meet community groups and visit a national park during the week-long tour.
Results in 2019
Officials said the itinerary would be published next month.
""",
        (
            "Royal couple to visit Canada in the spring",
            "2023-03-14",
            ("Jane Roe",),
            (("The Duke and Duchess in Ottawa in 2019", None, None),),
            (),
        ),
    ),
    # --- live pages, consent banners, box lists, bylines over several lines, players, sign-up boxes ---
    (
        "liveblog",
        """Live
Floods latest: rescue crews reach stranded villages
Key events
Show key events only
Please turn on JavaScript in your browser to get the best experience.
Jane Roe
Tue 14 Mar 2023 18.42 GMT
14.32 GMT
Rescue crews have reached three villages cut off by floodwater since Sunday, the regional government said.
Helicopters dropped food and water to residents who had taken refuge on rooftops.
2h ago
14.05 GMT
The national weather service has extended its warning for heavy rain until Thursday.
Forecasters said another 100mm of rain could fall on the hills overnight.
""",
        ("Floods latest: rescue crews reach stranded villages", "2023-03-14", ("Jane Roe",), (), ()),
    ),
    (
        "mostread_cookies",
        """We use cookies to improve your experience. By continuing, you agree to our use of cookies.
Accept all cookies
Manage preferences
Harbour fire destroys fishing boats
By Jane Roe and Tom Ross
Published
14 March 2023
A fire at the harbour destroyed six fishing boats overnight, the fire service said on Tuesday.
No one was injured, but the owners said their livelihoods had been wiped out.
Investigators are trying to establish the cause.
Most read
1
Minister resigns over expenses claims
2
Schools to close early for Easter
3
Weather warning issued for weekend
""",
        ("Harbour fire destroys fishing boats", "2023-03-14", ("Jane Roe", "Tom Ross"), (), ()),
    ),
    (
        "byline_lines",
        """Airline cancels flights as pilots strike
By
Jane Roe
and
Tom Ross
Updated 12 minutes ago
Published March 14, 2023
The airline cancelled more than 200 flights on Tuesday as pilots walked out in a dispute over pay.
Passengers were offered refunds or rebooking, the company said.
""",
        ("Airline cancels flights as pilots strike", "2023-03-14", ("Jane Roe", "Tom Ross"), (), ()),
    ),
    (
        "authors_label",
        """Authors: Jane Roe, Tom Ross
Last Updated : 14 Mar 2023, 06:42 PM IST
Court orders review of hospital contracts
The high court on Tuesday ordered a review of hospital contracts awarded during the pandemic.
The petitioners had alleged that rules were bypassed.
""",
        ("Court orders review of hospital contracts", "2023-03-14", ("Jane Roe", "Tom Ross"), (), ()),
    ),
    (
        "gallery",
        """Storm damage across the coast, in pictures
Jane Roe
March 14, 2023 | 6:42 PM
Waves break over the harbour wall on Monday.
Tom Ross/Reuters
Image 1 of 12
Previous
Next
A fallen tree blocks a road on the outskirts of the town.
Tom Ross/Reuters
Image 2 of 12
The storm brought winds of more than 100km/h to the coast on Monday, knocking out power to thousands of homes.
Crews worked through the night to clear roads and restore electricity.
""",
        (
            "Storm damage across the coast, in pictures",
            "2023-03-14",
            ("Jane Roe",),
            (
                ("Waves break over the harbour wall on Monday.", "Tom Ross", "Reuters"),
                ("A fallen tree blocks a road on the outskirts of the town.", "Tom Ross", "Reuters"),
            ),
            (),
        ),
    ),
    (
        "video_player",
        """Protesters clash with police in capital
Video duration 02 minutes 15 seconds
02:15
Protesters and police clashed in the capital on Tuesday.
Now playing
Up Next
By Ali Hassan and Mona Said
Published On 14 Mar 202314 Mar 2023
Thousands of protesters clashed with police in the capital on Tuesday over rising prices.
Police used tear gas to disperse crowds near the parliament building.
""",
        ("Protesters clash with police in capital", "2023-03-14", ("Ali Hassan", "Mona Said"), (), ()),
    ),
    (
        "newsletter",
        """Bank raises interest rates for eighth time
Jane Roe
Business reporter
14 March 2023 • 6 min read
The central bank raised interest rates for the eighth time in a row on Tuesday.
Sign up for our Business Briefing newsletter
Enter your email address
By signing up, you agree to our Privacy Policy and Terms of Use.
The bank said inflation remained too high and further increases could follow.
Markets had expected the move.
""",
        ("Bank raises interest rates for eighth time", "2023-03-14", ("Jane Roe",), (), ()),
    ),
    (
        "ap_file",
        """Police arrest suspect in string of burglaries
By TOM ROSS
Published 6:42 PM EDT, March 14, 2023
FILE - A police car is parked outside a store in Riverton, Iowa, on Feb. 3, 2023. (AP Photo/Jane Roe, File)
RIVERTON, Iowa (AP) — Police have arrested a man suspected in a string of burglaries at stores in the town.
The man was taken into custody on Monday, police said.
""",
        (
            "Police arrest suspect in string of burglaries",
            "2023-03-14",
            ("Tom Ross",),
            (("FILE - A police car is parked outside a store in Riverton, Iowa, on Feb. 3, 2023.", "Jane Roe", "AP"),),
            (),
        ),
    ),
    (
        "nyt_credit_lines",
        """Museum returns stolen sculptures
The works were taken from temples decades ago.
Officials at the handover ceremony on Tuesday.
Credit...
Jane Roe for The New York Times
By Tom Ross
March 14, 2023
A museum returned four stolen sculptures to the government on Tuesday at a ceremony in the capital.
The sculptures had been taken from temples in the 1970s, officials said.
""",
        (
            "Museum returns stolen sculptures",
            "2023-03-14",
            ("Tom Ross",),
            (("Officials at the handover ceremony on Tuesday.", "Jane Roe", "The New York Times"),),
            (),
        ),
    ),
    (
        "toi_online",
        """Rail fares to rise from April
TOI-Online | Updated: Mar 14, 2023, 18:42 IST
Rail fares will rise by 5% from April, the railway ministry said on Tuesday.
The increase will apply to all classes.
""",
        ("Rail fares to rise from April", "2023-03-14", (), (), ()),
    ),
    (
        "kyiv_photo",
        """Drone attack hits energy facility in west
Ana Petrenko
March 14, 2023 6:42 PM 2 min read
Smoke rises over the facility after the attack on March 14, 2023. (Photo: Tom Ross/Kyiv Independent)
A drone attack hit an energy facility in the west of the country overnight, the regional governor said.
There were no casualties, he added.
""",
        (
            "Drone attack hits energy facility in west",
            "2023-03-14",
            ("Ana Petrenko",),
            (("Smoke rises over the facility after the attack on March 14, 2023.", "Tom Ross", "Kyiv Independent"),),
            (),
        ),
    ),
    (
        "relative_only",
        """Teen wins national spelling contest
3 hours ago
By Jane Roe
A 13-year-old won the national spelling contest on Tuesday after spelling a word with 12 letters.
She will receive a scholarship and a trophy.
""",
        ("Teen wins national spelling contest", None, ("Jane Roe",), (), ()),
    ),
    (
        "daymonth_styles",
        """Parliament approves new budget
Tuesday, 14 March 2023 18:42 IST
Parliament approved the new budget on Tuesday after a three-day debate.
The opposition walked out before the vote.
""",
        ("Parliament approves new budget", "2023-03-14", (), (), ()),
    ),
    (
        "hindi_agency",
        """Five killed in road accident
PTI | Updated: Mar 14, 2023, 18:42 IST
Five people were killed when a bus collided with a truck on the highway on Tuesday, police said.
The injured were taken to hospital.
""",
        ("Five killed in road accident", "2023-03-14", ("PTI",), (), ()),
    ),
    # --- players' words, credits on their own line under short captions, closing source lines ---
    (
        "cnn_video",
        """Senator says deal is close on border bill
By Jane Roe, CNN
Published 6:42 PM EDT, Tue March 14, 2023
Video Ad Feedback
Hear what the senator said about the talks
02:15 - Source: CNN
Washington CNN —
A bipartisan group of senators is close to a deal on a border bill, one of the negotiators said on Tuesday.
The bill would add funding for border agents and immigration judges.
""",
        (
            "Senator says deal is close on border bill",
            "2023-03-14",
            ("Jane Roe",),
            (),
            ("Hear what the senator said about the talks",),
        ),
    ),
    (
        "bloomberg_assist",
        """Gold Rises to Record as Investors Seek Haven
Jane Roe
March 14, 2023 at 6:42 PM GMT
Gold rose to a record on Tuesday as investors sought a haven from turmoil in the banking sector.
Bullion for immediate delivery climbed as much as 1.5% in London.
— With assistance from Tom Ross
""",
        ("Gold Rises to Record as Investors Seek Haven", "2023-03-14", ("Jane Roe",), (), ()),
    ),
    (
        "credit_lines_below",
        """Volcano erupts on remote island
By Jane Roe
14 March 2023
Ash rises from the volcano on Tuesday.
Getty Images
Officials at the scene near the crater.
Photograph: Tom Ross/AFP/Getty Images
A volcano on a remote island erupted on Tuesday, sending a column of ash several kilometres into the sky.
Residents of nearby villages were told to stay indoors.
""",
        (
            "Volcano erupts on remote island",
            "2023-03-14",
            ("Jane Roe",),
            (
                ("Ash rises from the volcano on Tuesday.", None, "Getty Images"),
                ("Officials at the scene near the crater.", "Tom Ross", "AFP"),
            ),
            (),
        ),
    ),
    (
        "asia_credits",
        """Typhoon makes landfall in south
Jane Roe
Published: 6:42pm, 14 Mar, 2023
Residents wade through a flooded street.
Photo: AFP
Rescuers search for survivors in the town.
PHOTO: REUTERS
The typhoon made landfall in the south on Tuesday with winds of up to 180km/h, the weather bureau said.
More than 100,000 people were evacuated before the storm arrived.
""",
        (
            "Typhoon makes landfall in south",
            "2023-03-14",
            ("Jane Roe",),
            (
                ("Residents wade through a flooded street.", None, "AFP"),
                ("Rescuers search for survivors in the town.", None, "Reuters"),
            ),
            (),
        ),
    ),
    (
        "india_brackets",
        """Heavy rain lashes city, roads flooded
By Anu Rao, Mumbai
Mar 14, 2023 06:42 PM IST
Commuters wade through a waterlogged road in the city on Tuesday. (HT Photo)
Heavy rain lashed the city on Tuesday, flooding roads and disrupting train services.
The weather office has issued an orange alert for the next two days.
""",
        (
            "Heavy rain lashes city, roads flooded",
            "2023-03-14",
            ("Anu Rao",),
            (("Commuters wade through a waterlogged road in the city on Tuesday.", None, "HT"),),
            (),
        ),
    ),
    (
        "aj_source",
        """Dozens killed as boat capsizes off coast
Jane Roe
Published On 14 Mar 2023
At least 40 people were killed when a boat carrying migrants capsized off the coast on Tuesday, officials said.
The coastguard rescued 12 survivors.
SOURCE:
Al Jazeera and news agencies
""",
        ("Dozens killed as boat capsizes off coast", "2023-03-14", ("Jane Roe",), (), ()),
    ),
    (
        "haaretz_credit_line",
        """Cabinet approves new budget after all-night session
Jane Roe
Mar 14, 2023 6:42 pm IST
Ministers at the cabinet meeting on Tuesday.
Credit: Tom Ross
The cabinet approved the new budget early on Tuesday after an all-night session.
The budget will now go to the Knesset for approval.
""",
        (
            "Cabinet approves new budget after all-night session",
            "2023-03-14",
            ("Jane Roe",),
            (("Ministers at the cabinet meeting on Tuesday.", "Tom Ross", None),),
            (),
        ),
    ),
    (
        "fox_getty",
        """Wildfire forces evacuations in mountain towns
By Jane Roe | Fox News
Published March 14, 2023 6:42pm EDT
Firefighters battle the blaze near the town on Tuesday. (Getty Images)
A wildfire forced the evacuation of three mountain towns on Tuesday, officials said.
More than 500 firefighters are battling the blaze.
""",
        (
            "Wildfire forces evacuations in mountain towns",
            "2023-03-14",
            ("Jane Roe",),
            (("Firefighters battle the blaze near the town on Tuesday.", None, "Getty Images"),),
            (),
        ),
    ),
    (
        "guardian_first_published",
        """Union leaders call off rail strike after new offer
Jane Roe Transport correspondent
Tue 14 Mar 2023 18.42 GMT
Union leaders called off a planned rail strike on Tuesday after receiving a new pay offer.
Members will vote on the offer next week.
This article was amended on 15 March 2023 to correct the date of the vote.
""",
        ("Union leaders call off rail strike after new offer", "2023-03-14", ("Jane Roe",), (), ()),
    ),
    # a gallery repeats its caption and the headline around the credit: the headline is no caption
    (
        "gallery_repeat",
        """Bridge reopens to traffic after two years of repairs
Maria Lind, AP Transportation Writer
Updated 6:05 pm CDT, Friday, June 9, 2023
Crews lift the last barriers off the bridge deck on Thursday, June 8, 2023, in Millbrook. (AP Photo/Carl Hoff)
Crews lift the last barriers off the bridge deck on Thursday, June 8, 2023, in Millbrook. (AP Photo/Carl Hoff)
Photo: Carl Hoff, AP
2 / 9
Bridge reopens to traffic after two years of repairs
Back to Gallery
MILLBROOK, Ill. (AP) — Drivers crossed the river on the old bridge on Friday for the first time since repairs began.
The state's transport office said the work had come in under budget.
""",
        (
            "Bridge reopens to traffic after two years of repairs",
            "2023-06-09",
            ("Maria Lind",),
            (
                (
                    "Crews lift the last barriers off the bridge deck on Thursday, June 8, 2023, in Millbrook.",
                    "Carl Hoff",
                    "AP",
                ),
            ),
            (),
        ),
    ),
    # a picture credited with no caption, above the lede: the lede stays the body's
    (
        "euronews_copyright",
        """Heatwave grips southern Europe
By Jane Roe
Published on 14/03/2023 - 18:42
Copyright Euronews
A heatwave gripped southern Europe on Tuesday with temperatures above 40C in several cities.
Authorities issued health warnings for the elderly.
""",
        ("Heatwave grips southern Europe", "2023-03-14", ("Jane Roe",), (("", None, "Euronews"),), ()),
    ),
    # a featured image credited only ("Photo by"), the lede right under it: the lede stays the body's
    (
        "featured_photo_by_over_lede",
        """Port workers agree pay deal after two-week strike
By
Jane Roe
March 14, 2023

Photo by Tom Ross / AFP
"""
        + "Dock workers at the country's three largest ports voted on Tuesday to accept a pay offer that"
        + " ends a two-week strike which had left hundreds of container ships waiting offshore and shops"
        + " short of goods."
        + """

The union said 78% of its members backed the deal.
""",
        (
            "Port workers agree pay deal after two-week strike",
            "2023-03-14",
            ("Jane Roe",),
            (("", "Tom Ross", "AFP"),),
            (),
        ),
    ),
    # the same credit over a short caption: a captioned photo
    (
        "featured_photo_by_over_caption",
        """Port workers agree pay deal after two-week strike
By Jane Roe
March 14, 2023

Photo by Tom Ross / AFP
Dock workers vote at a union meeting.

Dock workers at the country's three largest ports voted on Tuesday to accept a pay offer.

The union said 78% of its members backed the deal.
""",
        (
            "Port workers agree pay deal after two-week strike",
            "2023-03-14",
            ("Jane Roe",),
            (("Dock workers vote at a union meeting.", "Tom Ross", "AFP"),),
            (),
        ),
    ),
    # a hero caption with no credit and no final stop, above the body: who is where, in brackets
    (
        "mail_pictured",
        """Couple celebrate 70 years of marriage
By JANE ROE
Published: 18:42 GMT, 14 March 2023 | Updated: 19:05 GMT, 14 March 2023
Ana and Tom Ross (pictured) on their wedding day in 1953
The couple celebrated their platinum anniversary with a party for 100 guests on Tuesday.
They met at a dance when they were teenagers.
""",
        (
            "Couple celebrate 70 years of marriage",
            "2023-03-14",
            ("Jane Roe",),
            (("Ana and Tom Ross (pictured) on their wedding day in 1953", None, None),),
            (),
        ),
    ),
    # an agency's name under a caption with no final stop: the photo's credit, not a byline
    (
        "tabloid_agency_credit",
        """LOCAL
Zoo's oldest tortoise celebrates 120th birthday
By Priya Sen
June 2, 2022 | 7:15am | Updated June 2, 2022 | 1:48pm
Keeper Rosa Lind (right) with Gus, the zoo's oldest resident
AP
More On:
zoos
Gus the tortoise turned 120 on Thursday and celebrated with a cake made of lettuce and squash, keepers said.
Visitors sang to him as he ate.
""",
        (
            "Zoo's oldest tortoise celebrates 120th birthday",
            "2022-06-02",
            ("Priya Sen",),
            (("Keeper Rosa Lind (right) with Gus, the zoo's oldest resident", None, "AP"),),
            (),
        ),
    ),
    # where the authors filed from under their names; the page's age warning, copy and reuse links
    (
        "reporting_from",
        """Talks stall over ceasefire terms
This article is more than 2 years old
By Jane Roe and Tom Ross
Reporting from Kyiv, Ukraine
March 14, 2023
Link Copied!
Talks on a ceasefire stalled on Tuesday as both sides rejected the proposed terms, officials said.
Negotiators will meet again next week.
Explore more on these topics
Ukraine
Diplomacy
Reuse this content
""",
        ("Talks stall over ceasefire terms", "2023-03-14", ("Jane Roe", "Tom Ross"), (), ()),
    ),
    # --- headlines among whole-page furniture ---
    # a wire desk's label, then the date line, then the headline and a bare name
    (
        "kicker-date-headline",
        """Markets
March 3, 2021 / 9:14 AM / Updated 2 hours ago
Copper climbs as supply worries mount at northern mines
Jane Doe
3 Min Read
SANTIAGO (Reuters) - Copper prices rose on Tuesday as strikes at two mines raised worries about supply, traders said.
Stocks of the metal in exchange warehouses fell for a fifth day.
Analysts expect the strikes to last at least a week.
""",
        ("Copper climbs as supply worries mount at northern mines", "2021-03-03", ("Jane Doe",), (), ()),
    ),
    # a topic tag above a relative date, the headline under it
    (
        "topic-tag-headline",
        """Pop Music
Published 2 hours ago
Singer cancels autumn tour dates after vocal injury, spokesperson says
By Sam Lee | Ledger News
The singer has cancelled eleven concerts after injuring her vocal cords, a spokesperson said on Monday.
Tickets will be refunded at the point of purchase, the promoter said.
Doctors have advised six weeks of rest.
""",
        ("Singer cancels autumn tour dates after vocal injury, spokesperson says", None, ("Sam Lee",), (), ()),
    ),
    # a whole page: menus, footer links, the headline in the top bar and again over the story
    (
        "top-bar-repeats-headline",
        """Skip to main content
Sign In
Subscribe
Politics
Opinion
Local
Sports
Weather

Terms of Use

Privacy Policy

Comment Guidelines and Moderation

Contact Us

Sections
The Daily Courier
Why did the harbour bridge vote fail again?
Sign In
Subscribe
Local
Why did the harbour bridge vote fail again?
Council members leave the chamber after the vote on Tuesday. (Ann Park/AFP/Getty Images)
By Mark Ellis March 3 at 7:45 PM

The council failed for a second time on Tuesday to approve funding for the harbour bridge.

Six members voted against the plan, one more than in January.

The mayor said she would bring the plan back in the spring.
""",
        (
            "Why did the harbour bridge vote fail again?",
            None,
            ("Mark Ellis",),
            (("Council members leave the chamber after the vote on Tuesday.", "Ann Park", "AFP"),),
            (),
        ),
    ),
    # a promo shown twice above the headline is not taken for it
    (
        "promo-repeated-above",
        """Most read
Council approves new budget for schools
Heatwave warning extended to Sunday
Council approves new budget for schools
Local News
Fire crews contain blaze at timber yard near the river
By Ruth Akers
March 3, 2021
Fire crews contained a blaze at a timber yard near the river on Tuesday after a night of work, the fire service said.
No one was hurt, the service said.
""",
        ("Fire crews contain blaze at timber yard near the river", "2021-03-03", ("Ruth Akers",), (), ()),
    ),
    # a short headline above the date, a lede under it: the lede is not the headline
    (
        "short-headline-above-date",
        """Storm chaos
12 May 2020
Thousands of homes were left without power on Tuesday as gales swept the coast, the operator said.
By Tom Hale
Engineers worked through the night to restore supplies.
""",
        ("Storm chaos", "2020-05-12", ("Tom Hale",), (), ()),
    ),
    # --- blogs ---
    # the platform's post line under the post names its date and author
    (
        "blog-footer",
        """Council votes to close the old library
The town council voted on Tuesday to close the old library on Bank Street, ending a year of debate.
Members said the building needed repairs the town could not pay for.
This entry was posted in Local News and tagged library, council on May 12, 2021 by Jane Doe.
""",
        ("Council votes to close the old library", "2021-05-12", ("Jane Doe",), (), ()),
    ),
    # a firm's blog: the post line above the post names the firm, the category and the date
    (
        "firm-blog",
        """Cyclist hurt in crash at Mill Road junction
On behalf of Rowe & Park, LLP posted in Bicycle Accidents on Friday, May 14, 2021.
A cyclist was taken to hospital on Thursday after a car struck him at the Mill Road junction.
The driver stopped and was questioned at the scene.
""",
        ("Cyclist hurt in crash at Mill Road junction", "2021-05-14", (), (), ()),
    ),
]


@pytest.mark.parametrize("style, text, expected", PAGES, ids=[page[0] for page in PAGES])
def test_pasted_page(style: str, text: str, expected: tuple) -> None:
    article = parse_article(text, f"{style}.txt").article
    photos = tuple((p.caption, p.credit.photographer, p.credit.agency) for p in article.photos)
    videos = tuple(v.text for v in article.videos)
    assert (article.title.value, article.date.value, article.authors, photos, videos) == expected


FURNITURE_WORDS = (
    "Listen",
    "Share",
    "Save",
    "min read",
    "Time to read",
    "View gallery",
    "Buy Photo",
    "Our Standards",
    "Why you can trust",
    "Please turn on",
    "We use cookies",
    "Enter your email",
    "By signing up",
    "Video duration",
    "2h ago",
    "— With assistance",
    "SOURCE",
    "02:15",
    "Reporting from",
    "This article is more",
    "Link Copied",
    "Reuse this",
)


@pytest.mark.parametrize("style, text, expected", PAGES, ids=[page[0] for page in PAGES])
def test_no_widget_becomes_a_paragraph(style: str, text: str, expected: tuple) -> None:
    article = parse_article(text, f"{style}.txt").article
    assert not [p.text for p in article.paragraphs if p.text.startswith(FURNITURE_WORDS)]
    assert article.title.value not in [p.text for p in article.paragraphs]


def test_the_outlet_named_under_the_byline_is_the_source() -> None:
    article = parse_article(dict((page[0], page[1]) for page in PAGES)["bbc"], "bbc.txt").article
    assert (article.source.value, article.authors) == ("BBC News", ("Ellen Marsh",))


def test_a_relative_date_alone_is_a_warning_not_a_date() -> None:
    result = parse_article(dict((page[0], page[1]) for page in PAGES)["bbc_relative"], "bbc.txt")
    assert result.article.date.value is None
    assert [p.code for p in result.problems] == ["relative-date"]
