package extract

import "testing"

// TestAffiliationNeedsACueOfThePersonsOwn checks that a person's country
// comes only from a cue that belongs to that person, and that a country
// named elsewhere in the sentence leaves it unknown.
func TestAffiliationNeedsACueOfThePersonsOwn(t *testing.T) {
	usdos, wh := "https://www.state.gov/x", "https://www.whitehouse.gov/x"
	tests := []struct {
		name, url, date, text string
		person, want          string
	}{
		{"another's demonym is no cue", "", "2025-02-14",
			"Secretary of State Marco Rubiano met Chinese Foreign Minister Wang Yi in Munich today.", "Marco Rubiano", ""},
		{"the list valid on the date is a cue, another's demonym none", "", "2025-02-14",
			"Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Munich today.", "Marco Rubio", "US"},
		{"own demonym", "", "2025-02-14",
			"Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Munich today.", "Wang Yi", "CN"},
		{"publisher's voice: our", usdos, "2022-06-14",
			"We have worked closely with China on this. Our Undersecretary for Economic Affairs Jose Fernandez was just here to discuss supply chains with Chinese counterparts.", "Jose Fernandez", "US"},
		{"no cue: unknown", "", "2022-06-14",
			"We have worked closely with China on this. Undersecretary for Economic Affairs Jose Fernandez was just here to discuss supply chains with Chinese counterparts.", "Jose Fernandez", ""},
		{"possessive apposition", "", "2023-07-14",
			"Wang Yi, China's top diplomat, met Secretary Antony Blinken in Jakarta.", "Wang Yi", "CN"},
		{"shared of-country of a coordination", usdos, "2022-05-10",
			"National Security Advisor Jake Sullivan met today with Head of Presidential Administration Andriy Yermak and Foreign Minister Dmytro Kuleba of Ukraine.", "Andriy Yermak", "UA"},
		{"apposition naming a ministry", usdos, "2022-03-15",
			"The dialogue was led by Political Director Jernej Muller, Slovenian Ministry of Foreign Affairs, and Deputy Assistant Secretary Robin Dunnigan.", "Jernej Muller", "SI"},
		{"a list is no apposition", usdos, "2021-07-15",
			"Deputy Secretary Wendy Sherman, Japanese Vice Foreign Minister Mori Takeo, and ROK First Vice Foreign Minister Choi Jong Kun will hold a joint meeting.", "Wendy Sherman", "US"},
		{"stop of a trip", usdos, "2022-05-10",
			"In Cambodia, Assistant Secretary Kritenbrink will meet with Deputy Prime Minister and Foreign Minister Prak Sokhonn.", "Prak Sokhonn", "KH"},
		{"the one country a sentence sends the traveller to", usdos, "2022-03-25",
			"Secretary Blinken will travel to Rabat, Morocco, where he will meet with Prime Minister Aziz Akhanoum.", "Aziz Akhanoum", "MA"},
		{"a trip to two countries gives no stop", usdos, "2022-03-25",
			"Secretary Blinken will travel to Rabat, Morocco and Algiers, where he will meet with Prime Minister Aziz Akhanoum.", "Aziz Akhanoum", ""},
		{"a trip to a multilateral gathering gives no stop", usdos, "2022-03-25",
			"Secretary Blinken will travel to Rome, Italy for the G20 Ministerial, where he will meet with Foreign Minister Wim Hoekstam.", "Wim Hoekstam", ""},
		{"a country named before the trip is no stop", usdos, "2022-03-25",
			"After his Morocco stop, Secretary Blinken will travel on and meet with Prime Minister Aziz Akhanoum.", "Aziz Akhanoum", ""},
		{"an organisation before an ambassador's title is the post, not the country", usdos, "2022-06-01",
			"U.N. Ambassador Linda Thomas-Greenfield spoke.", "Linda Thomas-Greenfield", "US"},
		{"an organisation's High Representative is its own official", usdos, "2022-03-21",
			"AU High Representative for the Horn of Africa Olusegun Obasanjo met Special Envoy Satterfield.", "Olusegun Obasanjo", "AU"},
		{"the EU has ambassadors of its own", usdos, "2022-06-01",
			"EU Ambassador Stavros Lambrinidis spoke.", "Stavros Lambrinidis", "EU"},
		{"a stop only by an opening In X,", usdos, "2022-05-10",
			"Assistant Secretary Kritenbrink will meet with Deputy Prime Minister Prak Sokhonn on ties with Cambodia.", "Prak Sokhonn", ""},
		{"a foreign body's title is not the publisher's", usdos, "2022-03-30",
			"Under Secretary of State for Political Affairs Victoria Nuland and European External Action Service Deputy Secretary General for Political Affairs Enrique Mora held the dialogue.", "Enrique Mora", "EU"}, // and the EU body's own
		{"a US agency's title is the publisher's", usdos, "2022-03-30",
			"Homeland Security Advisor Elizabeth Sherwood-Randall met Foreign Minister Marcelo Ebrard of Mexico.", "Elizabeth Sherwood-Randall", "US"},
		{"another state's president in a US release is not a US official", "https://www.whitehouse.gov/x", "2022-07-12",
			"Vice President Kamala Harris hosted President Lopez Obrador for breakfast at the Naval Observatory today.", "Andrés Manuel López Obrador", "MX"},
		{"another government's Secretary of Foreign Affairs is not a US official", usdos, "2022-07-12",
			"Secretary Blinken spoke today with Secretary of Foreign Affairs Enrique Manaloza.", "Enrique Manaloza", ""},
		{"the listed holder of a single US office under a short first name is", usdos, "2022-07-12",
			"Secretary of State Tony Blinken spoke today with Secretary of Foreign Affairs Enrique Manaloza.", "Antony Blinken", "US"},
		{"a foreign people in a title's complement is no foreign title", usdos, "2022-07-12",
			"Deputy Assistant Secretary for Israeli and Palestinian Affairs Hady Amr met with Palestinian officials.", "Hady Amr", "US"},
		{"of two listed offices at once, the prominent one", "https://www.whitehouse.gov/x", "2022-12-01",
			"Leaders attending included Emmanuel Macron and Olaf Scholz.", "Emmanuel Macron", "FR"},
		{"a demonym that opens a list of titled names", usdos, "2021-07-22",
			"Counselor Derek Chollet met with Ukrainian Prime Minister Denys Shmyhal, Foreign Minister Dmytro Kuleba, and Deputy Foreign Minister Yevhenii Yenin in Kyiv.", "Yevhenii Yenin", "UA"},
		{"a list of several countries shares none", usdos, "2021-07-22",
			"Secretary Blinken met with Polish Foreign Minister Zbigniew Rau, Foreign Minister Gabrielius Landsbergo, and Estonian Foreign Minister Eva-Maria Liimets.", "Gabrielius Landsbergo", ""},
		{"a list whose first name has no country shares none", usdos, "2021-07-22",
			"Secretary Blinken met with Foreign Minister Gabrielius Landsbergo and Estonian Foreign Minister Eva-Maria Liimets, and Foreign Minister Rau.", "Gabrielius Landsbergo", ""},
		{"a lower-case leader in a US release is no US official", usdos, "2021-11-16",
			"The Secretary met with Belarusian democratic movement leader Sviatlana Tsikhanouskaya.", "Sviatlana Tsikhanouskaya", ""},
		{"a lower-case spokesperson in a US release is its own", usdos, "2022-06-01",
			"As department spokesperson Ned Price said yesterday, the talks went well.", "Ned Price", "US"},
		{"an adviser to another state's president serves that state", "https://www.whitehouse.gov/x", "2022-06-29",
			"Jake Sullivan met National Security Advisor to the Latvian President Janis Kazocins.", "Janis Kazocins", "LV"},
		{"an ambassador to another state is still the publisher's", usdos, "2022-06-29",
			"Ambassador to Lithuania Robert Gilchrist met them.", "Bob Gilchrist", "US"}, // the lists' name, as the texts name him (officials_manual.tsv),
		{"a judge in a US release is a US official", "https://www.whitehouse.gov/x", "2022-06-29",
			"Ms. Boroughs served as a law clerk for Judge Richard M. Gergal from 2013 to 2017.", "Richard Gergal", "US"},
		{"a list opened by a country in the first title, through styles", usdos, "2021-07-29",
			"He met with His Highness the Amir of Kuwait Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, His Highness the Crown Prince Sheikh Mishal Al-Ahmed Al-Sabah, and Speaker of the National Assembly Marzouq al Ghanem.", "Marzouq al Ghanem", "KW"},
		{"a listed official's country is not shared with the names after", usdos, "2022-03-01",
			"They were joined by Secretary of State Antony Blinken, Foreign Minister Sameh Shoukrani, and Foreign Minister Nasser Bourita.", "Sameh Shoukrani", ""},
		{"a speaker of a national assembly is not the publisher's", usdos, "2021-07-29",
			"He met with Speaker of the National Assembly Marzouq al Ghanem.", "Marzouq al Ghanem", ""},
		{"the delegation a person led", usdos, "2021-06-10",
			"Director General Rakesh Asthanam, Narcotics Control Bureau, Ministry of Home Affairs, led the Indian delegation.", "Rakesh Asthanam", "IN"},
		{"a foreign secretary is not a US release's own", usdos, "2022-04-11",
			"Deputy Secretary Sherman met Foreign Secretary Harsh Shringlam.", "Harsh Shringlam", ""},
		{"a stop written with its article", usdos, "2021-06-18",
			"In the Arab Republic of Egypt, Special Presidential Envoy Kerry met with Minister of Environment Yasmine Fouadi.", "Yasmine Fouadi", "EG"},
		{"the delegation led by a person", usdos, "2022-04-01",
			"The Vietnamese delegation, led by Dao Ngoc Chieng, Deputy Director-General of the Department of High Technology, included experts.", "Dao Ngoc Chieng", "VN"},
		{"a list whose next title holds an and", usdos, "2022-04-01",
			"Sherman met South African Minister of International Relations and Cooperation Naledi Pandora and Deputy Minister of International Relations and Cooperation Alvin Botesa.", "Alvin Botesa", "ZA"},
		{"a list opened by a US official shares nothing", usdos, "2022-04-01",
			"They met U.S. Ambassador to Costa Rica Cynthia Tellesa, Vice President and Foreign Minister Marta Lucia Ramirezo, and others.", "Marta Lucia Ramirezo", ""},
		{"a stop named by its capital", usdos, "2022-06-01",
			"In Vientiane, Deputy Secretary Sherman will meet with Vice Foreign Minister Bounleua Phandanouvonga.", "Bounleua Phandanouvonga", "LA"},
		{"a stop after while", usdos, "2022-04-15",
			"While in Panama, Secretary Blinken will meet with Foreign Minister Erika Mouynesa.", "Erika Mouynesa", "PA"},
		{"a line that opens with a country and a colon", usdos, "2022-12-01",
			"Poland: Kamil Bortniczak, Minister of Sport and Tourism", "Kamil Bortniczak", "PL"},
		{"a line that opens with a country gives it over a title's US default", usdos, "2022-12-01",
			"Czech Republic: Filip Neusserr, President of the National Sports Agency", "Filip Neusserr", "CZ"},
		{"a line that opens with a country gives it to a secretary of state", usdos, "2022-12-01",
			"Italy: Valentina Vezzanti, Secretary of State for Sport", "Valentina Vezzanti", "IT"},
		{"a line that opens with a country, then a title before the name", usdos, "2022-12-01",
			"Austria: Vice-Chancellor Werner Koglerr, Minister of Arts and Culture, Civil Service and Sport", "Werner Koglerr", "AT"},
		{"an of-country after the name, in the state's formal name", "https://www.whitehouse.gov/x", "2021-06-25",
			"President Biden met President Ashraf Ghanio of the Islamic Republic of Afghanistan today.", "Ashraf Ghanio", "AF"},
		{"the State of a US state is no formal name of a country (guard)", "https://www.whitehouse.gov/x", "2021-06-25",
			"President Biden called Governor Brian Kempo of the State of Georgia today.", "Brian Kempo", "US"},
		{"a president killed in office, from the hand-kept list", usdos, "2021-07-12",
			"Secretary Blinken extended condolences to the family of President Moise and to the people.", "Jovenel Moïse", "HT"},
		{"an acting prime minister by surname is the list's holder on the date, not a namesake", usdos, "2021-07-12",
			"We have heard Acting Prime Minister Joseph make calls for calm.", "Claude Joseph", "HT"},
		{"a court's justice in a US release is a US official", "https://www.whitehouse.gov/x", "2022-06-29",
			"Ms. Wong served as a law clerk for Justice Sandra Dey Oconnell on the Supreme Court from 2011 to 2012.", "Sandra Dey Oconnell", "US"},
		{"a chief justice in a US release is a US official", "https://www.whitehouse.gov/x", "2022-06-29",
			"She served as a student clerk for Chief Justice Brian Boatwright of the Colorado Supreme Court.", "Brian Boatwright", "US"},
		{"a country in parentheses after the name", usdos, "2022-06-09",
			"Foreign Minister Arnoldo Andre Tinocco (Costa Rica) and Foreign Minister Erika Mouyness (Panama) signed a Memorandum of Understanding.", "Arnoldo Andre Tinocco", "CR"},
		{"a country in parentheses after a coordination of titled names", usdos, "2022-06-09",
			"Vice President and Foreign Minister Marta Lucia Ramirro and Minister of Environment Carlos Correo (Colombia) signed it.", "Marta Lucia Ramirro", "CO"},
		{"a member of a country's delegation", usdos, "2022-05-01",
			"The Armenian delegation included Deputy Minister of Justice Grigor Minasyana and Ministry of Defense officials.", "Grigor Minasyana", "AM"},
		{"a commission's chair in a US release", "https://www.whitehouse.gov/x", "2022-06-01",
			"The Vice President met Federal Communications Commission Chairwoman Jessica Rosenwald today.", "Jessica Rosenwald", "US"},
		{"a commissioner nominated in a US release", "https://www.whitehouse.gov/x", "2022-06-01",
			"Rebecca Dyer, Nominee for Commissioner of the Federal Maritime Commission", "Rebecca Dyer", "US"},
		{"a commissioner for a portfolio is another body's (guard)", "https://www.whitehouse.gov/x", "2022-06-01",
			"The talks were led by Secretary Gina Raimondo and Commissioner for Justice Didier Reyndal.", "Didier Reyndal", ""},
		{"a senior bureau official in a US release", "https://www.state.gov/x", "2022-06-01",
			"Secretary Blinken was joined by Bureau of Energy Resources Senior Bureau Official Harold Kamin in Bangkok.", "Harold Kamin", "US"},
		{"where a nominee lives is no country", "https://www.whitehouse.gov/x", "2022-06-01",
			"Calvin Smyth, of Georgia, to be Ambassador Extraordinary and Plenipotentiary of the United States of America to the Commonwealth of The Bahamas.", "Calvin Smyth", "US"},
		{"a nominee living in Puerto Rico is a US nominee", "https://www.whitehouse.gov/x", "2022-06-01",
			"Carmen G. Canton, of Puerto Rico, to be an Assistant Secretary of the Interior, vice Douglas W. Domenech.", "Carmen Canton", "US"},
		{"the last member a delegation included, before a closing phrase", "https://www.state.gov/x", "2022-05-01",
			"The Armenian delegation included Deputy Minister of Justice Grigor Minasyana, Deputy Central Bank Governor Nersik Yerits, and Ministry of Defense officials.", "Nersik Yerits", "AM"},
		{"a US state is no country for a listed governor", "https://www.whitehouse.gov/x", "2022-01-10",
			"Georgia Governor Brian Kemp today accused the President of weaponizing the Justice Department.", "Brian Kemp", "US"},
		{"the hosts a traveller meets share their country over a title's US default", usdos, "2022-03-01",
			"Deputy Secretary Sherman will meet with Turkish Foreign Minister Mevlan Cavusoglan, Deputy Foreign Minister Sedan Onalo, and Chief Presidential Advisor Ibrahim Kalino.", "Ibrahim Kalino", "TR"},
		{"the guests a president welcomes share their country over a title's US default", "https://www.whitehouse.gov/x", "2021-06-25",
			"Today, President Biden welcomed Afghan President Ashraf Ghanio and Chairman of the High Council Abdulla Abdullo to the White House.", "Abdulla Abdullo", "AF"},
		{"a list of hosts with a US official shares nothing (guard)", usdos, "2022-03-01",
			"Deputy Secretary Sherman will meet with Turkish Foreign Minister Mevlan Cavusoglan, U.S. Ambassador Jeff Flakey, and Chief Presidential Advisor Ibrahim Kalino.", "Ibrahim Kalino", "US"},
		{"a demonym the Factbook writes otherwise (Uzbekistani)", usdos, "2021-07-15",
			"Secretary Antony J. Blinken and Uzbek Foreign Minister Abdulaziz Kamilovo Before Their Meeting", "Abdulaziz Kamilovo", "UZ"},
		{"the demonym of a constituent country", usdos, "2022-03-04",
			"Deputy Secretary of State Wendy Sherman met with Scottish First Minister Nicola Sturgeonn today in Washington.", "Nicola Sturgeonn", "GB"},
		{"a listed official under another transliteration", usdos, "2021-06-12",
			"We are grateful to Prime Minister Irakli Garibashvili and the Government of Georgia for their role.", "Irakli Gharibashvili", "GE"},
		{"a listed official with a middle name the lists leave out", usdos, "2021-07-31",
			"Counselor Derek Chollet will meet President Samia Suluhu Hassan in Dar es Salaam.", "Samia Hassan", "TZ"},
		{"a titled politician of the Phoenix dictionary, whom no list holds", "", "2022-03-14",
			"An aggressive Russia, as President Lech Kaczyński warned, is a threat.", "Lech Kaczyński", "PL"},
		{"an international body's office is the body's, not the state the dictionary gives (guard; the lists hold him since names40)", "", "2022-03-14",
			"They met Commissioner for Justice Didier Reynders in Brussels.", "Didier Reynders", "EU"},
		{"a former office the text titles the person with", "", "2022-03-23",
			"The task force was chaired by former Secretary of State Madeleine Albright.", "Madeleine Albright", "US"},
		{"a namesake of a former official with another office takes nothing from the term (guard)", "https://www.whitehouse.gov/x", "2022-06-29",
			"She served as a law clerk for Judge Alan B. Johnson on the U.S. District Court.", "Alan Johnson", "US"},
		{"an official a delegation to one foreign country met is its host", wh, "2022-03-19",
			"Homeland Security Advisor Dr. Liz Sherwood-Randall led an interagency delegation to Paris, France. They met with National Intelligence Coordinator Marc Lefortier.", "Marc Lefortier", "FR"},
		{"an official met separately on that trip is its host too", wh, "2022-03-19",
			"Homeland Security Advisor Dr. Liz Sherwood-Randall led an interagency delegation to Paris, France. They met with Admiral Jean Duvalle and separately with National Intelligence Coordinator Marc Lefortier.", "Marc Lefortier", "FR"},
		{"an official the traveller met on a trip told in the same sentence is its host", wh, "2022-03-19",
			"Homeland Security Advisor Dr. Liz Sherwood-Randall traveled to Paris, France, where she met with National Intelligence Coordinator Marc Lefortier.", "Marc Lefortier", "FR"},
		{"an official later in the list of those met on the trip is its host too", usdos, "2021-09-15",
			"Counselor Derek Chollet traveled to Warsaw, Poland. He met with Deputy Foreign Minister Jan Kowalczyk, Secretary of State for Energy Infrastructure Adam Nowickiy, and other officials.", "Adam Nowickiy", "PL"},
		{"an official met at home keeps the US default (guard)", wh, "2022-03-19",
			"Homeland Security Advisor Dr. Liz Sherwood-Randall met today in Washington with National Intelligence Coordinator Marc Lefortier.", "Marc Lefortier", "US"},
		{"a stop in the US after the one abroad ends it (guard)", usdos, "2022-02-04",
			"Secretary Blinken will travel to Suva, Fiji. In Honolulu, Hawaii, Secretary Blinken also will meet with Commander Admiral John Aquilinus.", "John Aquilinus", "US"},
		{"the officer of an international body met abroad is not the host's (guard)", usdos, "2022-04-15",
			"Under Secretary Jose W. Fernandez will travel to Santiago, Chile. He will also meet with Economic Commission for Latin America and the Caribbean Acting Executive Secretary Mario Cimolli.", "Mario Cimolli", "US"},
		{"officials the travellers met during the trip, told after it, are its hosts", usdos, "2022-06-01",
			"U.S. Special Envoy Tim Lenderking visited Aden, Yemen, today. During the trip, he met with Presidential Leadership Council President Rashad Al-Alimmi.", "Rashad Al-Alimmi", "YE"},
		{"a US official named after the verb is no traveller who met the official (guard)", wh, "2022-03-19",
			"Homeland Security Advisor Dr. Liz Sherwood-Randall led an interagency delegation to Paris, France. French Interior Minister Gerald Darmanine met with Assistant Director Marc Holloway, who accompanied Homeland Security Advisor Dr. Liz Sherwood-Randall.", "Marc Holloway", "US"},
		{"an ambassador met abroad may be the US's own (guard)", usdos, "2022-03-19",
			"Secretary Blinken traveled to Paris, France. He met with Ambassador Denise Bauerre.", "Denise Bauerre", "US"},
		{"the hosts a traveller met today share their country", usdos, "2021-08-03",
			"Deputy Secretary Sherman met today with Israeli National Security Advisor Eyal Hulatam and Senior Foreign Policy Advisor Shimrit Meira.", "Shimrit Meira", "IL"},
		{"the hosts a traveller spoke with by phone yesterday share their country", usdos, "2021-08-03",
			"Deputy Secretary Sherman spoke by phone yesterday with Israeli National Security Advisor Eyal Hulatam and Senior Foreign Policy Advisor Shimrit Meira.", "Shimrit Meira", "IL"},
		{"a purpose between the verb and its with is no adverb (guard)", usdos, "2021-08-03",
			"Deputy Secretary Sherman met today to discuss cooperation with Israeli National Security Advisor Eyal Hulatam and Senior Foreign Policy Advisor Shimrit Meira.", "Shimrit Meira", "US"},
		{"an official met on the trip after a joint meeting, as well as, is its host", wh, "2021-07-15",
			"A United States delegation traveled to Port-au-Prince, Haiti. The delegation also met with Acting Prime Minister Claude Josephe and Prime Minister-Designate Ariel Henri in a joint meeting, as well as Senate President Joseph Lambertin, to encourage dialogue.", "Joseph Lambertin", "HT"},
		{"a purpose before as well as closes the list of those met (guard)", wh, "2021-07-15",
			"A United States delegation traveled to Port-au-Prince, Haiti. The delegation also met with Acting Prime Minister Claude Josephe to discuss the work of the Haitian National Police, as well as Senior Advisor Juan Gonzalo.", "Juan Gonzalo", "US"},
		{"an official met on the trip under a lower-case modifier is its host", usdos, "2022-06-03",
			"Deputy Secretary Sherman will travel to Hanoi, Vietnam. She will meet with municipal Party Secretary Nguyen Van Nena.", "Nguyen Van Nena", "VN"},
		{"the city a release's traveller meets an official in, not a capital, is the host's", usdos, "2022-06-03",
			"In Osaka, Deputy Secretary Sherman will meet with Party Secretary Kenji Satoo.", "Kenji Satoo", "JP"},
		{"a US city the traveller meets an official in gives no host (guard)", usdos, "2022-06-03",
			"In Chicago, Deputy Secretary Sherman will meet with Party Secretary Kenji Satoo.", "Kenji Satoo", "US"},
		{"co-leads named without a meeting verb share nothing (guard)", usdos, "2022-02-04",
			"Polish Deputy Foreign Minister Marcin Przydac and Counselor of the Department of State Derek Chollow opened the Strategic Dialogue.", "Derek Chollow", "US"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := peopleOf(t, Article{ID: "t", Date: tc.date, URL: tc.url, Text: tc.text})
			country, ok := got[tc.person]
			if !ok {
				t.Fatalf("%s not found among %v", tc.person, got)
			}
			if country != tc.want {
				t.Errorf("%s: country %q, want %q", tc.person, country, tc.want)
			}
		})
	}
}

// TestHeadlineCountryForMinisters: a minister no cue placed takes the one
// foreign country a US release's headline names, and nothing else does.
func TestHeadlineCountryForMinisters(t *testing.T) {
	usdos := "https://www.state.gov/x"
	body := "Secretary Blinken met with Foreign Minister Rafael Quesnel Ortiz and Senator Tom Caldwell in San José today. " +
		"He also met Permanent Secretary of the Ministry of Foreign Affairs Tomas Arrieta. " +
		"He recalled the late President Luis Moralejo."
	tests := []struct {
		name, url, title, person, want string
	}{
		{"the one foreign country of the headline", usdos, "Secretary Blinken’s Travel to Costa Rica", "Rafael Quesnel Ortiz", "CR"},
		{"a bilateral headline", usdos, "U.S.-Costa Rica Bilateral Consultations", "Rafael Quesnel Ortiz", "CR"},
		{"two foreign countries give none (guard)", usdos, "Secretary Blinken’s Travel to Costa Rica and Panama", "Rafael Quesnel Ortiz", ""},
		{"not outside a US release (guard)", "", "Secretary Blinken’s Travel to Costa Rica", "Rafael Quesnel Ortiz", ""},
		{"not an office the publisher has (guard)", usdos, "Secretary Blinken’s Travel to Costa Rica", "Tom Caldwell", "US"},
		{"a title the publisher does not give its own officials", usdos, "Secretary Blinken’s Travel to Costa Rica", "Tomas Arrieta", "CR"},
		{"a bare President, whom remarks may name from anywhere, takes none (guard)", usdos, "Secretary Blinken’s Travel to Costa Rica", "Luis Moralejo", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := peopleOf(t, Article{ID: "t", Date: "2022-06-01", URL: tc.url, Title: tc.title, Text: body})
			country, ok := got[tc.person]
			if !ok {
				t.Fatalf("%s not found among %v", tc.person, got)
			}
			if country != tc.want {
				t.Errorf("%s: country %q, want %q", tc.person, country, tc.want)
			}
		})
	}
}
