/**
 * Sovereign states and widely reported territories, one a line:
 * `Name|aliases;…|demonyms;…|capital`. Aliases are other names of the same place that resolve
 * to `Name` ("US" → "United States"); demonyms are NOT place mentions ("Chinese officials") but
 * are kept so roles like "Chinese state broadcaster" are understood.
 * Source: ISO 3166-1 English short names (simplified to the forms news uses), UN member list,
 * capitals and demonyms from Wikipedia "List of adjectival and demonymic forms for countries
 * and nations" and "List of national capitals".
 */
export const countryTable = `
Afghanistan||Afghan;Afghans|Kabul
Albania||Albanian;Albanians|Tirana
Algeria||Algerian;Algerians|Algiers
Andorra||Andorran|Andorra la Vella
Angola||Angolan;Angolans|Luanda
Antigua and Barbuda||Antiguan|St John's
Argentina||Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
Armenia||Armenian;Armenians|Yerevan
Australia||Australian;Australians|Canberra
Austria||Austrian;Austrians|Vienna
Azerbaijan||Azerbaijani;Azeri;Azerbaijanis|Baku
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini;Bahrainis|Manama
Bangladesh||Bangladeshi;Bangladeshis|Dhaka
Barbados||Barbadian|Bridgetown
Belarus||Belarusian;Belarusians|Minsk
Belgium||Belgian;Belgians|Brussels
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian;Bolivians|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian;Bosnians|Sarajevo
Botswana||Motswana;Batswana|Gaborone
Brazil||Brazilian;Brazilians|Brasília
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian;Bulgarians|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cambodia||Cambodian;Cambodians|Phnom Penh
Cameroon||Cameroonian;Cameroonians|Yaoundé
Canada||Canadian;Canadians|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic||Central African|Bangui
Chad||Chadian;Chadians|N'Djamena
Chile||Chilean;Chileans|Santiago
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing
Colombia||Colombian;Colombians|Bogotá
Comoros||Comorian|Moroni
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Democratic Republic of Congo|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville;Congo|Congolese|Brazzaville
Costa Rica||Costa Rican;Costa Ricans|San José
Croatia||Croatian;Croat;Croatians;Croats|Zagreb
Cuba||Cuban;Cubans|Havana
Cyprus||Cypriot;Cypriots|Nicosia
Czech Republic|Czechia|Czech;Czechs|Prague
Denmark||Danish;Dane;Danes|Copenhagen
Djibouti||Djiboutian|Djibouti
Dominica||Dominican|Roseau
Dominican Republic||Dominican;Dominicans|Santo Domingo
East Timor|Timor-Leste|Timorese|Dili
Ecuador||Ecuadorian;Ecuadorians|Quito
Egypt||Egyptian;Egyptians|Cairo
El Salvador||Salvadoran;Salvadorans|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean;Eritreans|Asmara
Estonia||Estonian;Estonians|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian;Ethiopians|Addis Ababa
Fiji||Fijian;Fijians|Suva
Finland||Finnish;Finn;Finns|Helsinki
France||French;Frenchman;Frenchwoman|Paris
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian;Georgians|Tbilisi
Germany||German;Germans|Berlin
Ghana||Ghanaian;Ghanaians|Accra
Greece||Greek;Greeks|Athens
Grenada||Grenadian|St George's
Guatemala||Guatemalan;Guatemalans|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian;Haitians|Port-au-Prince
Honduras||Honduran;Hondurans|Tegucigalpa
Hungary||Hungarian;Hungarians|Budapest
Iceland||Icelandic;Icelander;Icelanders|Reykjavík
India||Indian;Indians|New Delhi
Indonesia||Indonesian;Indonesians|Jakarta
Iran||Iranian;Iranians;Persian|Tehran
Iraq||Iraqi;Iraqis|Baghdad
Ireland|Republic of Ireland;Eire|Irish;Irishman|Dublin
Israel||Israeli;Israelis|Jerusalem
Italy||Italian;Italians|Rome
Ivory Coast|Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro
Jamaica||Jamaican;Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian;Jordanians|Amman
Kazakhstan||Kazakh;Kazakhstani;Kazakhs|Astana
Kenya||Kenyan;Kenyans|Nairobi
Kiribati||I-Kiribati|Tarawa
Kosovo||Kosovar;Kosovan|Pristina
Kuwait||Kuwaiti;Kuwaitis|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao;Laotian|Vientiane
Latvia||Latvian;Latvians|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Liberia||Liberian;Liberians|Monrovia
Libya||Libyan;Libyans|Tripoli
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian;Lithuanians|Vilnius
Luxembourg||Luxembourgish;Luxembourger|Luxembourg
Madagascar||Malagasy|Antananarivo
Malawi||Malawian;Malawians|Lilongwe
Malaysia||Malaysian;Malaysians|Kuala Lumpur
Maldives||Maldivian|Malé
Mali||Malian;Malians|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico||Mexican;Mexicans|Mexico City
Micronesia||Micronesian|Palikir
Moldova||Moldovan;Moldovans|Chișinău
Monaco||Monegasque|Monaco
Mongolia||Mongolian;Mongolians|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan;Moroccans|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian|Windhoek
Nauru||Nauruan|Yaren
Nepal||Nepali;Nepalese|Kathmandu
Netherlands|The Netherlands;Holland|Dutch;Dutchman|Amsterdam
New Zealand||New Zealander;New Zealanders;Kiwi|Wellington
Nicaragua||Nicaraguan;Nicaraguans|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian;Nigerians|Abuja
North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian;Norwegians|Oslo
Oman||Omani;Omanis|Muscat
Pakistan||Pakistani;Pakistanis|Islamabad
Palau||Palauan|Ngerulmud
Palestine|Palestinian Territories;State of Palestine|Palestinian;Palestinians|Ramallah
Panama||Panamanian;Panamanians|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan;Paraguayans|Asunción
Peru||Peruvian;Peruvians|Lima
Philippines|The Philippines|Filipino;Filipinos;Philippine|Manila
Poland||Polish;Pole;Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari;Qataris|Doha
Romania||Romanian;Romanians|Bucharest
Russia|Russian Federation|Russian;Russians|Moscow
Rwanda||Rwandan;Rwandans|Kigali
Saint Kitts and Nevis||Kittitian|Basseterre
Saint Lucia||Saint Lucian|Castries
Saint Vincent and the Grenadines||Vincentian|Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|San Marino
São Tomé and Príncipe||Santomean|São Tomé
Saudi Arabia||Saudi;Saudis;Saudi Arabian|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian;Serb;Serbs;Serbians|Belgrade
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean;Singaporeans|Singapore
Slovakia||Slovak;Slovakian;Slovaks|Bratislava
Slovenia||Slovenian;Slovene;Slovenians|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali;Somalis|Mogadishu
South Africa||South African;South Africans|Pretoria
South Korea|Republic of Korea|South Korean;South Koreans;Korean;Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish;Spaniard;Spaniards|Madrid
Sri Lanka||Sri Lankan;Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish;Swede;Swedes|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian;Syrians|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik;Tajiks|Dushanbe
Tanzania||Tanzanian;Tanzanians|Dodoma
Thailand||Thai;Thais|Bangkok
Togo||Togolese|Lomé
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago||Trinidadian|Port of Spain
Tunisia||Tunisian;Tunisians|Tunis
Turkey|Türkiye|Turkish;Turk;Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan;Ugandans|Kampala
Ukraine||Ukrainian;Ukrainians|Kyiv
United Arab Emirates|UAE;Emirates|Emirati;Emiratis|Abu Dhabi
United Kingdom|UK;U.K.|British;Briton;Britons|London
United States|US;U.S.;USA;U.S.A.;United States of America|American;Americans|Washington
Uruguay||Uruguayan;Uruguayans|Montevideo
Uzbekistan||Uzbek;Uzbeks|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Vatican;Holy See||Vatican City
Venezuela||Venezuelan;Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni;Yemenis|Sanaa
Zambia||Zambian;Zambians|Lusaka
Zimbabwe||Zimbabwean;Zimbabweans|Harare
Hong Kong||Hongkonger;Hong Konger|
Macau|Macao|Macanese|
Greenland||Greenlandic|
Puerto Rico||Puerto Rican;Puerto Ricans|San Juan
Britain|Great Britain|British|
England||English;Englishman;Englishwoman|
Scotland||Scottish;Scot;Scots|Edinburgh
Wales||Welsh|Cardiff
Northern Ireland||Northern Irish|Belfast
America||American;Americans|
`
