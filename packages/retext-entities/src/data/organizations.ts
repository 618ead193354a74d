/**
 * Organizations that news names without a generic head word (a head word like "Department" or
 * "University" is recognized without a list): international bodies, government bodies, news
 * agencies and broadcasters, large companies and militant groups. One a line: `Name|aliases;…`;
 * aliases resolve to `Name`, so the same organization has one id in every article.
 * Source: hand-compiled from Wikipedia "List of intergovernmental organizations", "List of news
 * agencies", "List of federal agencies in the United States" and the Fortune Global 500; US
 * national newspapers, news sites and pollsters that political copy cites as sources.
 */
export const organizationTable = `
United Nations|UN;U.N.
United Nations Security Council|UN Security Council;Security Council;UNSC
United Nations General Assembly|UN General Assembly;General Assembly
UNESCO|United Nations Educational, Scientific and Cultural Organization
UNICEF
UNHCR|UN Refugee Agency
World Food Programme|World Food Program;WFP
World Health Organization|WHO;World Health Organisation
World Trade Organization|WTO
International Monetary Fund|IMF
World Bank
NATO|North Atlantic Treaty Organization;Nato
European Union|EU
European Commission
European Parliament
European Central Bank|ECB
European Space Agency|ESA
African Union|AU
ASEAN|Association of Southeast Asian Nations
OPEC
G7|Group of Seven
G20|Group of 20
Red Cross|International Committee of the Red Cross;ICRC
Amnesty International
Human Rights Watch
Interpol
International Criminal Court|ICC
International Court of Justice|ICJ
International Atomic Energy Agency|IAEA
Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation
Arab League
Greenpeace
Doctors Without Borders|Médecins Sans Frontières;MSF
Taliban
Hamas
Hezbollah
Islamic State|ISIS;ISIL;Daesh;Islamic State of Iraq and the Levant;Islamic State of Iraq and Syria
al-Qaeda|Al-Qaeda;al Qaeda;Al Qaeda
Abu Sayyaf|Abu Sayyaf Group
Boko Haram
Syrian Democratic Forces|SDF
Kurdistan Workers' Party|PKK;Kurdistan Workers Party
Hayat Tahrir al-Sham|HTS
State Department|US State Department;U.S. State Department;Department of State;United States Department of State
White House
Pentagon
Kremlin
Congress|US Congress;U.S. Congress
Senate|US Senate;U.S. Senate
House of Representatives
House of Commons
House of Lords
Parliament
Supreme Court|US Supreme Court
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
National Security Agency|NSA
NASA|National Aeronautics and Space Administration
Internal Revenue Service|IRS
Federal Reserve
Downing Street
Scotland Yard
MI5
MI6
Bundestag
Knesset
Duma|State Duma
Xinhua|Xinhua News Agency
CCTV|China Central Television
Global Times
People's Daily
Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg
BBC|British Broadcasting Corporation
CNN
NBC|NBC News
CBS|CBS News
ABC|ABC News
Fox News
NPR|National Public Radio
PBS
Al Jazeera
Sky News
Deutsche Welle|DW
Voice of America|VOA
The New York Times|New York Times
The Washington Post|Washington Post
The Guardian|Guardian
The Times
Financial Times|FT
The Wall Street Journal|Wall Street Journal;WSJ
The Economist|Economist
Politico
USA Today
Los Angeles Times|LA Times;L.A. Times
Chicago Tribune
The Plain Dealer|Plain Dealer
The Des Moines Register|Des Moines Register
The Boston Globe|Boston Globe
National Review
Breitbart News
BuzzFeed News|BuzzFeed
The Daily Caller|Daily Caller
Pew Research Center|Pew Research
Rasmussen Reports
Public Policy Polling
Twitter
Facebook|Meta
Instagram
YouTube
Google|Alphabet
Apple
Microsoft
Amazon
Tesla
TikTok
Huawei
Samsung
Toyota
Boeing
Airbus
Wikipedia
Wikinews
`
