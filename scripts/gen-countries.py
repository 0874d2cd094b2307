#!/usr/bin/env python3
"""Generates ontology/kb/countries.ttl from Debian's iso-codes package.

Names and codes come from /usr/share/iso-codes/json/iso_3166-1.json; the
table below adds general knowledge the standard does not carry: the short
forms news writing uses, capitals (which also stand for governments:
"Seoul said"), demonyms and well-known seats of government ("the Kremlin").

Usage: scripts/gen-countries.py [ISO_JSON] > ontology/kb/countries.ttl
"""
import json
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"

# alpha_2: (short forms, capital, demonyms, seats of government)
EXTRA = {
    "AF": ([], "Kabul", ["Afghan"], []),
    "AL": ([], "Tirana", ["Albanian"], []),
    "DZ": ([], "Algiers", ["Algerian"], []),
    "AO": ([], "Luanda", ["Angolan"], []),
    "AR": ([], "Buenos Aires", ["Argentine", "Argentinian"], []),
    "AM": ([], "Yerevan", ["Armenian"], []),
    "AU": ([], "Canberra", ["Australian"], []),
    "AT": ([], "Vienna", ["Austrian"], []),
    "AZ": ([], "Baku", ["Azerbaijani"], []),
    "BH": ([], "Manama", ["Bahraini"], []),
    "BD": ([], "Dhaka", ["Bangladeshi"], []),
    "BY": ([], "Minsk", ["Belarusian"], []),
    "BE": ([], "Brussels", ["Belgian"], []),
    "BO": (["Bolivia"], "La Paz", ["Bolivian"], []),
    "BA": (["Bosnia"], "Sarajevo", ["Bosnian"], []),
    "BR": ([], "Brasilia", ["Brazilian"], []),
    "BG": ([], "Sofia", ["Bulgarian"], []),
    "KH": ([], "Phnom Penh", ["Cambodian"], []),
    "CM": ([], "Yaounde", ["Cameroonian"], []),
    "CA": ([], "Ottawa", ["Canadian"], []),
    "CL": ([], "Santiago", ["Chilean"], []),
    "CN": (["PRC"], "Beijing", ["Chinese"], []),
    "CO": ([], "Bogota", ["Colombian"], []),
    "CD": (["Democratic Republic of the Congo", "DR Congo", "DRC"], "Kinshasa", ["Congolese"], []),
    "HR": ([], "Zagreb", ["Croatian"], []),
    "CU": ([], "Havana", ["Cuban"], []),
    "CY": ([], "Nicosia", ["Cypriot"], []),
    "CZ": (["Czech Republic"], "Prague", ["Czech"], []),
    "DK": ([], "Copenhagen", ["Danish"], []),
    "EC": ([], "Quito", ["Ecuadorian"], []),
    "EG": ([], "Cairo", ["Egyptian"], []),
    "EE": ([], "Tallinn", ["Estonian"], []),
    "ET": ([], "Addis Ababa", ["Ethiopian"], []),
    "FI": ([], "Helsinki", ["Finnish"], []),
    "FR": ([], "Paris", ["French"], ["Elysee"]),
    "GE": ([], "Tbilisi", ["Georgian"], []),
    "DE": ([], "Berlin", ["German"], []),
    "GH": ([], "Accra", ["Ghanaian"], []),
    "GR": ([], "Athens", ["Greek"], []),
    "HU": ([], "Budapest", ["Hungarian"], []),
    "IS": ([], "Reykjavik", ["Icelandic"], []),
    "IN": ([], "New Delhi", ["Indian"], []),
    "ID": ([], "Jakarta", ["Indonesian"], []),
    "IR": (["Iran"], "Tehran", ["Iranian"], []),
    "IQ": ([], "Baghdad", ["Iraqi"], []),
    "IE": ([], "Dublin", ["Irish"], []),
    "IL": ([], "Jerusalem", ["Israeli"], []),
    "IT": ([], "Rome", ["Italian"], []),
    "JP": ([], "Tokyo", ["Japanese"], []),
    "JO": ([], "Amman", ["Jordanian"], []),
    "KZ": ([], "Astana", ["Kazakh"], []),
    "KE": ([], "Nairobi", ["Kenyan"], []),
    "KP": (["North Korea", "DPRK", "D.P.R.K."], "Pyongyang", ["North Korean"], []),
    "KR": (["South Korea", "Republic of Korea", "ROK"], "Seoul", ["South Korean"], []),
    "KW": ([], "Kuwait City", ["Kuwaiti"], []),
    "KG": ([], "Bishkek", ["Kyrgyz"], []),
    "LA": (["Laos"], "Vientiane", ["Lao", "Laotian"], []),
    "LV": ([], "Riga", ["Latvian"], []),
    "LB": ([], "Beirut", ["Lebanese"], []),
    "LY": ([], "Tripoli", ["Libyan"], []),
    "LT": ([], "Vilnius", ["Lithuanian"], []),
    "MY": ([], "Kuala Lumpur", ["Malaysian"], []),
    "MX": ([], "Mexico City", ["Mexican"], []),
    "MD": (["Moldova"], "Chisinau", ["Moldovan"], []),
    "MN": ([], "Ulaanbaatar", ["Mongolian"], []),
    "MA": ([], "Rabat", ["Moroccan"], []),
    "MM": (["Burma"], "Naypyidaw", ["Myanmar", "Burmese"], []),
    "NP": ([], "Kathmandu", ["Nepali", "Nepalese"], []),
    "NL": (["Holland", "the Netherlands"], "Amsterdam", ["Dutch"], []),
    "NZ": ([], "Wellington", ["New Zealander"], []),
    "NG": ([], "Abuja", ["Nigerian"], []),
    "MK": (["Macedonia"], "Skopje", ["Macedonian"], []),
    "NO": ([], "Oslo", ["Norwegian"], []),
    "OM": ([], "Muscat", ["Omani"], []),
    "PK": ([], "Islamabad", ["Pakistani"], []),
    "PS": (["Palestine", "Palestinian territories"], "Ramallah", ["Palestinian"], []),
    "PA": ([], "Panama City", ["Panamanian"], []),
    "PE": ([], "Lima", ["Peruvian"], []),
    "PH": ([], "Manila", ["Filipino", "Philippine"], []),
    "PL": ([], "Warsaw", ["Polish"], []),
    "PT": ([], "Lisbon", ["Portuguese"], []),
    "QA": ([], "Doha", ["Qatari"], []),
    "RO": ([], "Bucharest", ["Romanian"], []),
    "RU": (["Russia"], "Moscow", ["Russian"], ["Kremlin"]),
    "RW": ([], "Kigali", ["Rwandan"], []),
    "SA": ([], "Riyadh", ["Saudi"], []),
    "RS": ([], "Belgrade", ["Serbian"], []),
    "SG": ([], "Singapore", ["Singaporean"], []),
    "SK": ([], "Bratislava", ["Slovak"], []),
    "SI": ([], "Ljubljana", ["Slovenian"], []),
    "SO": ([], "Mogadishu", ["Somali"], []),
    "ZA": ([], "Pretoria", ["South African"], []),
    "SS": ([], "Juba", ["South Sudanese"], []),
    "ES": ([], "Madrid", ["Spanish"], []),
    "LK": ([], "Colombo", ["Sri Lankan"], []),
    "SD": ([], "Khartoum", ["Sudanese"], []),
    "SE": ([], "Stockholm", ["Swedish"], []),
    "CH": ([], "Bern", ["Swiss"], []),
    "SY": (["Syria"], "Damascus", ["Syrian"], []),
    "TW": (["Taiwan"], "Taipei", ["Taiwanese"], []),
    "TJ": ([], "Dushanbe", ["Tajik"], []),
    "TZ": (["Tanzania"], "Dodoma", ["Tanzanian"], []),
    "TH": ([], "Bangkok", ["Thai"], []),
    "TN": ([], "Tunis", ["Tunisian"], []),
    "TR": (["Turkey"], "Ankara", ["Turkish"], []),
    "TM": ([], "Ashgabat", ["Turkmen"], []),
    "UG": ([], "Kampala", ["Ugandan"], []),
    "UA": ([], "Kyiv", ["Ukrainian"], []),
    "AE": (["UAE", "U.A.E."], "Abu Dhabi", ["Emirati"], []),
    "GB": (["Britain", "Great Britain", "UK", "U.K."], "London", ["British"], ["Downing Street"]),
    "US": (["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"], "Washington",
           ["American"], []),
    "UY": ([], "Montevideo", ["Uruguayan"], []),
    "UZ": ([], "Tashkent", ["Uzbek"], []),
    "VA": (["Vatican", "Holy See"], "Vatican City", [], []),
    "VE": (["Venezuela"], "Caracas", ["Venezuelan"], []),
    "VN": (["Vietnam"], "Hanoi", ["Vietnamese"], []),
    "YE": ([], "Sanaa", ["Yemeni"], []),
    "ZM": ([], "Lusaka", ["Zambian"], []),
    "ZW": ([], "Harare", ["Zimbabwean"], []),
}

# Countries better known by their first short form than by the ISO name.
PREFER_SHORT = {"RU", "VA", "PS"}

# Transliterations of capitals common in news writing.
CAPITAL_VARIANTS = {"Kyiv": ["Kiev"], "Beijing": ["Peking"]}


def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"@en'


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else ISO
    with open(path, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    out = [
        "# Countries: generated by scripts/gen-countries.py from Debian's iso-codes",
        "# (ISO 3166-1) plus general knowledge: short forms, capitals, demonyms.",
        "# Do not edit by hand.",
        "@prefix cg: <https://w3id.org/claimgraph/ns#> .",
        "@prefix kb: <https://w3id.org/claimgraph/kb/> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "",
    ]
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        a2 = c["alpha_2"]
        short, capital, demonyms, seats = EXTRA.get(a2, ([], None, [], []))
        name = c.get("common_name") or c["name"]
        if short and ("," in name or a2 in PREFER_SHORT):
            name = short[0]
        labels = [name]
        for s in [c["name"], c.get("official_name", "")] + short:
            if s and s not in labels and "," not in s:
                labels.append(s)
        lines = ["kb:country-" + a2.lower() + " a cg:Country",
                 "  skos:prefLabel " + lit(labels[0]),
                 '  cg:alpha2 "' + a2 + '"']
        if len(labels) > 1:
            lines.append("  skos:altLabel " + ", ".join(lit(s) for s in labels[1:]))
        if capital:
            caps = [capital] + CAPITAL_VARIANTS.get(capital, [])
            lines.append("  cg:capital " + ", ".join(lit(s) for s in caps))
        if demonyms:
            lines.append("  cg:demonym " + ", ".join(lit(s) for s in demonyms))
        if seats:
            lines.append("  cg:seatOfGovernment " + ", ".join(lit(s) for s in seats))
        out.append(" ;\n".join(lines) + " .")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
