/**
 * Places other than countries: US states, Canadian provinces, Australian states, UK nations' regions, major cities,
 * continents, seas and well-known regions. One a line: `Name|aliases;…`.
 * Source: US Census Bureau state list; the provinces of Canada and states of Australia; Wikipedia "List of largest cities" (cities over about
 * 3 million people, plus national capitals in `countries.ts`), "List of cities in the United
 * Kingdom", and the continent and ocean names of the UN M49 standard; hand-checked.
 */
export const placeTable = `
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York|New York City;NYC
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington State
West Virginia
Wisconsin
Wyoming
Washington|Washington, D.C.;Washington DC;Washington, DC;D.C.
Ontario
Quebec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland and Labrador|Newfoundland
New South Wales|NSW
Queensland
Western Australia
South Australia
Tasmania
Northern Territory
Australian Capital Territory
Toronto
Montreal
Vancouver
Los Angeles|LA
Chicago
Houston
Phoenix
Philadelphia
San Antonio
San Diego
Dallas
San Francisco
Seattle
Boston
Miami
Atlanta
Detroit
Denver
Las Vegas
Baltimore
New Orleans
Minneapolis
Cincinnati
Cleveland
Pittsburgh
St Louis|St. Louis
Hollywood
Silicon Valley
Manhattan
Brooklyn
Birmingham
Manchester
Liverpool
Leeds
Glasgow
Bristol
Oxford
Cambridge
Oxfordshire
Kent
Yorkshire
Dover
Calais
Marseille
Lyon
Munich
Hamburg
Frankfurt
Milan
Naples
Venice
Florence
Barcelona
Geneva
Zurich
Istanbul
St Petersburg|St. Petersburg;Saint Petersburg
Shanghai
Guangzhou
Shenzhen
Wuhan
Chongqing
Tianjin
Chengdu
Xinjiang
Tibet
Sichuan
Guangdong
Osaka
Busan
Mumbai|Bombay
Kolkata|Calcutta
Chennai
Bangalore|Bengaluru
Hyderabad
Karachi
Lahore
Ho Chi Minh City|Saigon
Jeddah
Mecca
Dubai
Tel Aviv
Gaza|Gaza Strip
West Bank
Golan Heights
Crimea
Donbas
Aleppo
Mosul
Lagos
Johannesburg
Cape Town
Sydney
Melbourne
Brisbane
Perth
Auckland
Rio de Janeiro
São Paulo|Sao Paulo
Bali
Java
Sumatra
Borneo
Mindanao
Europe
Asia
Africa
North America
South America
Latin America
Antarctica
Arctic
Oceania
Middle East
Southeast Asia
East Asia
South Asia
Central Asia
Eastern Europe
Western Europe
Balkans
Caribbean
Scandinavia
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indian Ocean
Mediterranean|Mediterranean Sea
South China Sea
East China Sea
Black Sea
Red Sea
Baltic Sea
North Sea
Persian Gulf
English Channel
Strait of Hormuz
Taiwan Strait
Korean Peninsula
Kashmir
Kurdistan
Sahara
Sahel
Siberia
Himalayas
Euphrates|Euphrates River
Nile
Mississippi River
`
