/**
 * Sovereign states and widely reported territories, one a line:
 * `Name|aliases;…|capital`. Aliases are other names of the same place that resolve to `Name`
 * ("US" → "United States"). Their demonyms are `@newsroom/lexicon`'s `demonyms`.
 * Source: ISO 3166-1 English short names (simplified to the forms news uses), UN member list,
 * capitals from Wikipedia "List of national capitals".
 */
export const countryTable = `
Afghanistan||Kabul
Albania||Tirana
Algeria||Algiers
Andorra||Andorra la Vella
Angola||Luanda
Antigua and Barbuda||St John's
Argentina||Buenos Aires
Armenia||Yerevan
Australia||Canberra
Austria||Vienna
Azerbaijan||Baku
Bahamas|The Bahamas|Nassau
Bahrain||Manama
Bangladesh||Dhaka
Barbados||Bridgetown
Belarus||Minsk
Belgium||Brussels
Belize||Belmopan
Benin||Porto-Novo
Bhutan||Thimphu
Bolivia||La Paz
Bosnia and Herzegovina|Bosnia|Sarajevo
Botswana||Gaborone
Brazil||Brasília
Brunei||Bandar Seri Begawan
Bulgaria||Sofia
Burkina Faso||Ouagadougou
Burundi||Gitega
Cambodia||Phnom Penh
Cameroon||Yaoundé
Canada||Ottawa
Cape Verde|Cabo Verde|Praia
Central African Republic||Bangui
Chad||N'Djamena
Chile||Santiago
China|People's Republic of China;PRC;Mainland China|Beijing
Colombia||Bogotá
Comoros||Moroni
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Democratic Republic of Congo|Kinshasa
Republic of the Congo|Congo-Brazzaville;Congo|Brazzaville
Costa Rica||San José
Croatia||Zagreb
Cuba||Havana
Cyprus||Nicosia
Czech Republic|Czechia|Prague
Denmark||Copenhagen
Djibouti||Djibouti
Dominica||Roseau
Dominican Republic||Santo Domingo
East Timor|Timor-Leste|Dili
Ecuador||Quito
Egypt||Cairo
El Salvador||San Salvador
Equatorial Guinea||Malabo
Eritrea||Asmara
Estonia||Tallinn
Eswatini|Swaziland|Mbabane
Ethiopia||Addis Ababa
Fiji||Suva
Finland||Helsinki
France||Paris
Gabon||Libreville
Gambia|The Gambia|Banjul
Georgia||Tbilisi
Germany||Berlin
Ghana||Accra
Greece||Athens
Grenada||St George's
Guatemala||Guatemala City
Guinea||Conakry
Guinea-Bissau||Bissau
Guyana||Georgetown
Haiti||Port-au-Prince
Honduras||Tegucigalpa
Hungary||Budapest
Iceland||Reykjavík
India||New Delhi
Indonesia||Jakarta
Iran||Tehran
Iraq||Baghdad
Ireland|Republic of Ireland;Eire|Dublin
Israel||Jerusalem
Italy||Rome
Ivory Coast|Côte d'Ivoire|Yamoussoukro
Jamaica||Kingston
Japan||Tokyo
Jordan||Amman
Kazakhstan||Astana
Kenya||Nairobi
Kiribati||Tarawa
Kosovo||Pristina
Kuwait||Kuwait City
Kyrgyzstan||Bishkek
Laos||Vientiane
Latvia||Riga
Lebanon||Beirut
Lesotho||Maseru
Liberia||Monrovia
Libya||Tripoli
Liechtenstein||Vaduz
Lithuania||Vilnius
Luxembourg||Luxembourg
Madagascar||Antananarivo
Malawi||Lilongwe
Malaysia||Kuala Lumpur
Maldives||Malé
Mali||Bamako
Malta||Valletta
Marshall Islands||Majuro
Mauritania||Nouakchott
Mauritius||Port Louis
Mexico||Mexico City
Micronesia||Palikir
Moldova||Chișinău
Monaco||Monaco
Mongolia||Ulaanbaatar
Montenegro||Podgorica
Morocco||Rabat
Mozambique||Maputo
Myanmar|Burma|Naypyidaw
Namibia||Windhoek
Nauru||Yaren
Nepal||Kathmandu
Netherlands|The Netherlands;Holland|Amsterdam
New Zealand||Wellington
Nicaragua||Managua
Niger||Niamey
Nigeria||Abuja
North Korea|DPRK;Democratic People's Republic of Korea|Pyongyang
North Macedonia|Macedonia|Skopje
Norway||Oslo
Oman||Muscat
Pakistan||Islamabad
Palau||Ngerulmud
Palestine|Palestinian Territories;State of Palestine|Ramallah
Panama||Panama City
Papua New Guinea||Port Moresby
Paraguay||Asunción
Peru||Lima
Philippines|The Philippines|Manila
Poland||Warsaw
Portugal||Lisbon
Qatar||Doha
Romania||Bucharest
Russia|Russian Federation|Moscow
Rwanda||Kigali
Saint Kitts and Nevis||Basseterre
Saint Lucia||Castries
Saint Vincent and the Grenadines||Kingstown
Samoa||Apia
San Marino||San Marino
São Tomé and Príncipe||São Tomé
Saudi Arabia||Riyadh
Senegal||Dakar
Serbia||Belgrade
Seychelles||Victoria
Sierra Leone||Freetown
Singapore||Singapore
Slovakia||Bratislava
Slovenia||Ljubljana
Solomon Islands||Honiara
Somalia||Mogadishu
South Africa||Pretoria
South Korea|Republic of Korea|Seoul
South Sudan||Juba
Spain||Madrid
Sri Lanka||Colombo
Sudan||Khartoum
Suriname||Paramaribo
Sweden||Stockholm
Switzerland||Bern
Syria||Damascus
Taiwan|Republic of China|Taipei
Tajikistan||Dushanbe
Tanzania||Dodoma
Thailand||Bangkok
Togo||Lomé
Tonga||Nuku'alofa
Trinidad and Tobago||Port of Spain
Tunisia||Tunis
Turkey|Türkiye|Ankara
Turkmenistan||Ashgabat
Tuvalu||Funafuti
Uganda||Kampala
Ukraine||Kyiv
United Arab Emirates|UAE;Emirates|Abu Dhabi
United Kingdom|UK;U.K.|London
United States|US;U.S.;USA;U.S.A.;United States of America|Washington
Uruguay||Montevideo
Uzbekistan||Tashkent
Vanuatu||Port Vila
Vatican City|Vatican;Holy See|Vatican City
Venezuela||Caracas
Vietnam|Viet Nam|Hanoi
Yemen||Sanaa
Zambia||Lusaka
Zimbabwe||Harare
Hong Kong||
Macau|Macao|
Greenland||
Puerto Rico||San Juan
Britain|Great Britain|
England||
Scotland||Edinburgh
Wales||Cardiff
Northern Ireland||Belfast
America||
`
