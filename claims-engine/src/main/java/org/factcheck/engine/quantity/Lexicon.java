package org.factcheck.engine.quantity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factcheck.engine.text.Words;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;

/** Word lists for quantities: number words, scales, currencies, measures, rates. */
final class Lexicon {

    private Lexicon() {
    }

    /** one … ninety-nine, spelled by ICU4J's English spell-out rules (also without the hyphen's parts). */
    static final Map<String, Integer> NUMBER_WORDS = numberWords();

    static final Map<String, Double> SCALES = Words.map(Map.ofEntries(Map.entry("hundred", 1e2),
            Map.entry("thousand", 1e3),
            Map.entry("million", 1e6), Map.entry("billion", 1e9), Map.entry("trillion", 1e12),
            Map.entry("mln", 1e6), Map.entry("mn", 1e6), Map.entry("bn", 1e9), Map.entry("bln", 1e9),
            Map.entry("tn", 1e12), Map.entry("trn", 1e12), Map.entry("lakh", 1e5), Map.entry("lakhs", 1e5),
            Map.entry("crore", 1e7), Map.entry("crores", 1e7), Map.entry("thousands", 1e3), Map.entry("dozen", 12.0),
            Map.entry("millions", 1e6), Map.entry("billions", 1e9)));

    /** Scales only read as such when glued to the number ({@code 5m}, {@code 50k}) or with money. */
    static final Map<String, Double> SHORT_SCALES = Words.map(Map.of("m", 1e6, "k", 1e3, "b", 1e9, "bn", 1e9, "mn", 1e6,
            "tn", 1e12, "t", 1e12));

    static final Map<String, Double> FRACTION_WORDS = Words.map(Map.ofEntries(Map.entry("half", 0.5),
            Map.entry("halves", 0.5), Map.entry("third", 1.0 / 3), Map.entry("thirds", 1.0 / 3),
            Map.entry("quarter", 0.25), Map.entry("quarters", 0.25), Map.entry("fourth", 0.25),
            Map.entry("fourths", 0.25), Map.entry("fifth", 0.2), Map.entry("fifths", 0.2),
            Map.entry("sixth", 1.0 / 6), Map.entry("sixths", 1.0 / 6), Map.entry("eighth", 0.125),
            Map.entry("eighths", 0.125), Map.entry("tenth", 0.1), Map.entry("tenths", 0.1)));

    /** Vulgar fraction characters: {@code 2½}, {@code ¾ mile}. */
    static final Map<String, Double> VULGAR_FRACTIONS = Map.ofEntries(Map.entry("\u00bd", 0.5),
            Map.entry("\u00bc", 0.25), Map.entry("\u00be", 0.75), Map.entry("\u2153", 1.0 / 3),
            Map.entry("\u2154", 2.0 / 3), Map.entry("\u2155", 0.2), Map.entry("\u2156", 0.4),
            Map.entry("\u2157", 0.6), Map.entry("\u2158", 0.8), Map.entry("\u2159", 1.0 / 6),
            Map.entry("\u215a", 5.0 / 6), Map.entry("\u215b", 0.125), Map.entry("\u215c", 0.375),
            Map.entry("\u215d", 0.625), Map.entry("\u215e", 0.875));

    /** Currency symbols (after folding) and the ISO 4217 code they stand for. */
    static final Map<String, String> CURRENCY_SYMBOLS = Words.map(Map.ofEntries(Map.entry("$", "USD"),
            Map.entry("\u20ac", "EUR"), Map.entry("\u00a3", "GBP"), Map.entry("\u00a5", "JPY"),
            Map.entry("\u20b9", "INR"), Map.entry("\u20bd", "RUB"), Map.entry("\u20a9", "KRW"),
            Map.entry("\u20ba", "TRY"), Map.entry("\u20b4", "UAH"), Map.entry("\u20a6", "NGN"),
            Map.entry("\u20aa", "ILS"), Map.entry("\u20b1", "PHP"), Map.entry("\u20b8", "KZT"),
            Map.entry("\u20ab", "VND"), Map.entry("\u20be", "GEL"), Map.entry("\u00a2", "USD/100"),
            Map.entry("\u20bf", "BTC")));

    /** Letters written before {@code $}: {@code US$}, {@code C$}, {@code HK$}. */
    static final Map<String, String> DOLLAR_PREFIXES = Words.map(Map.ofEntries(Map.entry("us", "USD"),
            Map.entry("u.s.", "USD"),
            Map.entry("c", "CAD"), Map.entry("ca", "CAD"), Map.entry("can", "CAD"), Map.entry("a", "AUD"),
            Map.entry("au", "AUD"), Map.entry("aud", "AUD"), Map.entry("nz", "NZD"), Map.entry("hk", "HKD"),
            Map.entry("s", "SGD"), Map.entry("sg", "SGD"), Map.entry("r", "BRL"), Map.entry("nt", "TWD"),
            Map.entry("mx", "MXN")));

    static final Set<String> ISO_CODES = Words.set("USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "KZT", "CHF", "CAD",
            "AUD", "NZD", "HKD", "SGD", "BRL", "MXN", "ZAR", "TRY", "UAH", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF",
            "KRW", "NGN", "KES", "EGP", "SAR", "AED", "QAR", "ILS", "PKR", "BDT", "IDR", "MYR", "THB", "VND", "PHP",
            "ARS", "CLP", "COP", "PEN", "BYN", "GEL", "AMD", "AZN", "UZS", "KGS", "TJS", "IRR", "IQD", "RON", "BGN",
            "ISK", "TWD", "GHS", "ETB", "MAD", "TND", "DZD", "LBP", "JOD", "KWD", "BHD", "OMR", "LKR", "NPR", "MMK",
            "XOF", "XAF", "RMB", "BTC");

    /** Currency words after a number (lower case); adjectives before them may change the code. */
    static final Map<String, String> CURRENCY_WORDS = Words.map(Map.ofEntries(Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"), Map.entry("bucks", "USD"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rupee", "INR"), Map.entry("rupees", "INR"),
            Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("ruble", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("tenge", "KZT"), Map.entry("hryvnia", "UAH"),
            Map.entry("hryvnias", "UAH"), Map.entry("hryvnas", "UAH"), Map.entry("lira", "TRY"),
            Map.entry("liras", "TRY"), Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"),
            Map.entry("zlotych", "PLN"), Map.entry("franc", "CHF"), Map.entry("francs", "CHF"),
            Map.entry("krona", "SEK"), Map.entry("kronor", "SEK"), Map.entry("rand", "ZAR"),
            Map.entry("naira", "NGN"), Map.entry("shilling", "KES"), Map.entry("shillings", "KES"),
            Map.entry("reais", "BRL"), Map.entry("peso", "MXN"), Map.entry("pesos", "MXN"),
            Map.entry("riyal", "SAR"), Map.entry("riyals", "SAR"), Map.entry("dirham", "AED"),
            Map.entry("dirhams", "AED"), Map.entry("lari", "GEL"), Map.entry("dram", "AMD"),
            Map.entry("drams", "AMD"), Map.entry("manat", "AZN"), Map.entry("som", "KGS"), Map.entry("soms", "KGS"),
            Map.entry("won", "KRW"), Map.entry("ringgit", "MYR"), Map.entry("baht", "THB"),
            Map.entry("rupiah", "IDR"), Map.entry("dong", "VND"), Map.entry("forint", "HUF"),
            Map.entry("forints", "HUF"), Map.entry("koruna", "CZK"), Map.entry("lei", "RON"),
            Map.entry("leu", "RON"), Map.entry("cedi", "GHS"), Map.entry("cedis", "GHS"),
            Map.entry("birr", "ETB"), Map.entry("taka", "BDT"), Map.entry("sterling", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("pound", "GBP"), Map.entry("bitcoin", "BTC"),
            Map.entry("bitcoins", "BTC"), Map.entry("dlrs", "USD"), Map.entry("dlr", "USD"),
            // the euro area's former currencies, as news named them without the country (archives, comparisons)
            Map.entry("guilder", "NLG"), Map.entry("guilders", "NLG"), Map.entry("peseta", "ESP"),
            Map.entry("pesetas", "ESP"), Map.entry("escudo", "PTE"), Map.entry("escudos", "PTE"),
            Map.entry("lire", "ITL"), Map.entry("markkaa", "FIM"), Map.entry("deutschmark", "DEM"),
            Map.entry("deutschmarks", "DEM"), Map.entry("d-marks", "DEM")));

    /** Sub-units: the value is divided by 100 and the currency taken from context (default below). */
    static final Map<String, String> MINOR_UNITS = Words.map(Map.of("cent", "USD", "cents", "USD", "pence", "GBP",
            "p", "GBP",
            "kopeck", "RUB", "kopecks", "RUB", "kopek", "RUB", "kopeks", "RUB", "paise", "INR", "tiyn", "KZT"));

    /** Last words of currency names that are as often something else. */
    private static final Set<String> NOT_CURRENCY_ALONE = Words.set("afghani", "afghanis", "real", "reals", "sol",
            "soles", "unit", "units", "gold", "silver");

    /**
     * Currency names from ICU4J's CLDR data, lower case, singular and plural: whole names ({@code finnish
     * markkas}, {@code french francs}, {@code costa rican colóns}) and the last word of a name when no other
     * currency ends in it ({@code escudos}, {@code drachmas}, {@code kip}); words of the hand list above win.
     */
    static final Map<String, String> ICU_CURRENCY_NAMES = icuCurrencyNames();

    /** First words of the {@link #ICU_CURRENCY_NAMES} keys. */
    static final Set<String> ICU_CURRENCY_FIRST_WORDS = firstWords(ICU_CURRENCY_NAMES.keySet());

    /** The longest {@link #ICU_CURRENCY_NAMES} key in words. */
    static final int ICU_CURRENCY_WORDS = 4;

    /** Every currency code ICU4J knows (also withdrawn ones: FIM, ESP, DEM …). */
    static final Set<String> ICU_CURRENCY_CODES = icuCurrencyCodes();

    /** Words that change which dollar, rupee, peso … is meant. */
    static final Map<String, String> CURRENCY_ADJECTIVES = Words.map(Map.ofEntries(Map.entry("us", "USD"),
            Map.entry("u.s.", "USD"), Map.entry("american", "USD"), Map.entry("canadian", "CAD"),
            Map.entry("australian", "AUD"), Map.entry("singapore", "SGD"), Map.entry("taiwan", "TWD"),
            Map.entry("taiwanese", "TWD"), Map.entry("zealand", "NZD"), Map.entry("kong", "HKD"),
            Map.entry("pakistani", "PKR"), Map.entry("indian", "INR"), Map.entry("sri", "LKR"),
            Map.entry("nepalese", "NPR"), Map.entry("belarusian", "BYN"), Map.entry("russian", "RUB"),
            Map.entry("argentine", "ARS"), Map.entry("argentinian", "ARS"), Map.entry("mexican", "MXN"),
            Map.entry("chilean", "CLP"), Map.entry("colombian", "COP"), Map.entry("philippine", "PHP"),
            Map.entry("swiss", "CHF"), Map.entry("swedish", "SEK"), Map.entry("norwegian", "NOK"),
            Map.entry("danish", "DKK"), Map.entry("czech", "CZK"), Map.entry("brazilian", "BRL"),
            Map.entry("egyptian", "EGP"), Map.entry("japanese", "JPY"), Map.entry("chinese", "CNY"),
            Map.entry("turkish", "TRY"), Map.entry("kenyan", "KES"), Map.entry("ugandan", "UGX"),
            Map.entry("tanzanian", "TZS"), Map.entry("nigerian", "NGN"), Map.entry("jamaican", "JMD"),
            Map.entry("hong", "HKD"), Map.entry("sterling", "GBP"), Map.entry("british", "GBP"),
            Map.entry("saudi", "SAR"), Map.entry("iraqi", "IQD"), Map.entry("iranian", "IRR"),
            Map.entry("jordanian", "JOD"), Map.entry("kuwaiti", "KWD"), Map.entry("libyan", "LYD"),
            Map.entry("tunisian", "TND"), Map.entry("algerian", "DZD"), Map.entry("moroccan", "MAD")));

    /** A measure unit: its symbol and a factor to apply to the value (for {@code bcm} and the like). */
    record Unit(String symbol, double factor) {
    }

    /** Measure words and symbols, looked up in lower case. */
    static final Map<String, Unit> MEASURES = measures();

    /** Symbols that only count in their exact case ({@code MW} is not {@code mw}). */
    static final Map<String, Unit> CASED_MEASURES = Words.map(Map.ofEntries(Map.entry("MW", new Unit("MW", 1)),
            Map.entry("GW", new Unit("GW", 1)), Map.entry("kW", new Unit("kW", 1)), Map.entry("KW", new Unit("kW", 1)),
            Map.entry("TW", new Unit("TW", 1)), Map.entry("W", new Unit("W", 1)),
            Map.entry("kWh", new Unit("kWh", 1)), Map.entry("KWh", new Unit("kWh", 1)),
            Map.entry("MWh", new Unit("MWh", 1)), Map.entry("GWh", new Unit("GWh", 1)),
            Map.entry("TWh", new Unit("TWh", 1)), Map.entry("L", new Unit("l", 1)), Map.entry("l", new Unit("l", 1)),
            Map.entry("ml", new Unit("ml", 1)), Map.entry("mL", new Unit("ml", 1)), Map.entry("g", new Unit("g", 1)),
            Map.entry("mg", new Unit("mg", 1)), Map.entry("GB", new Unit("GBy", 1)), Map.entry("TB", new Unit("TBy", 1)),
            Map.entry("MB", new Unit("MBy", 1)), Map.entry("Mt", new Unit("t", 1e6)), Map.entry("kt", new Unit("kt", 1)),
            Map.entry("C", new Unit("°C", 1)), Map.entry("F", new Unit("°F", 1)), Map.entry("K", new Unit("K", 1)),
            Map.entry("t", new Unit("t", 1)), Map.entry("s", new Unit("s", 1)), Map.entry("h", new Unit("h", 1)),
            Map.entry("ha", new Unit("ha", 1)), Map.entry("m", new Unit("m", 1)), Map.entry("MJ", new Unit("MJ", 1)),
            Map.entry("GJ", new Unit("GJ", 1)), Map.entry("kJ", new Unit("kJ", 1)), Map.entry("J", new Unit("J", 1)),
            Map.entry("TEU", new Unit("TEU", 1)), Map.entry("TEUs", new Unit("TEU", 1))));

    private static Map<String, Unit> measures() {
        Map<String, Unit> m = new HashMap<>();
        put(m, "km", 1, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kilometre-long",
                "kilometer-long");
        put(m, "m", 1, "metre", "metres", "meter", "meters");
        put(m, "cm", 1, "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        put(m, "mm", 1, "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        put(m, "mi", 1, "mile", "miles", "mi");
        put(m, "nmi", 1, "nautical-mile", "nautical-miles");
        put(m, "ft", 1, "ft", "foot", "feet");
        put(m, "in", 1, "inch", "inches");
        put(m, "yd", 1, "yard", "yards");
        put(m, "km2", 1, "km2", "km\u00b2", "sqkm");
        put(m, "m2", 1, "m2", "m\u00b2");
        put(m, "m3", 1, "m3", "m\u00b3");
        put(m, "ha", 1, "hectare", "hectares");
        put(m, "acre", 1, "acre", "acres");
        put(m, "kg", 1, "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos");
        put(m, "g", 1, "gram", "grams", "gramme", "grammes");
        put(m, "mg", 1, "milligram", "milligrams", "milligramme", "milligrammes");
        put(m, "\u03bcg", 1, "\u03bcg", "\u00b5g", "mcg", "microgram", "micrograms", "microgramme", "microgrammes");
        put(m, "\u03bcm", 1, "\u03bcm", "\u00b5m", "micrometre", "micrometres", "micrometer", "micrometers", "micron",
                "microns");
        put(m, "ppm", 1, "ppm");
        put(m, "ppb", 1, "ppb");
        put(m, "t", 1e6, "megatonne", "megatonnes", "megaton", "megatons");
        put(m, "t", 1e9, "gigatonne", "gigatonnes", "gigaton", "gigatons");
        put(m, "t", 1, "tonne", "tonnes", "ton", "tons", "tonnes.");
        put(m, "lb", 1, "lb", "lbs");
        put(m, "oz", 1, "oz", "ounce", "ounces");
        put(m, "l", 1, "litre", "litres", "liter", "liters", "ltr");
        put(m, "ml", 1, "millilitre", "millilitres", "milliliter", "milliliters");
        put(m, "bbl", 1, "bbl", "barrel", "barrels");
        put(m, "gal", 1, "gallon", "gallons", "gal");
        put(m, "m3", 1e9, "bcm");
        put(m, "km/h", 1, "kph", "kmh", "km/h", "kmph");
        put(m, "mi/h", 1, "mph");
        put(m, "kn", 1, "knot", "knots");
        put(m, "kWh", 1, "kwh", "kilowatt-hour", "kilowatt-hours");
        put(m, "MWh", 1, "mwh", "megawatt-hour", "megawatt-hours");
        put(m, "GWh", 1, "gwh", "gigawatt-hour", "gigawatt-hours");
        put(m, "TWh", 1, "twh", "terawatt-hour", "terawatt-hours");
        put(m, "W", 1, "watt", "watts");
        put(m, "kW", 1, "kilowatt", "kilowatts");
        put(m, "MW", 1, "megawatt", "megawatts", "mw");
        put(m, "GW", 1, "gigawatt", "gigawatts", "gw");
        put(m, "TW", 1, "terawatt", "terawatts");
        put(m, "kcal", 1, "kcal", "kilocalorie", "kilocalories", "calories");
        put(m, "J", 1, "joule", "joules");
        put(m, "°C", 1, "celsius", "centigrade", "celcius");
        put(m, "°F", 1, "fahrenheit", "farenheit", "fahrenheight");
        put(m, "a", 1, "year", "years", "yr", "yrs");
        put(m, "mo", 1, "month", "months");
        put(m, "wk", 1, "week", "weeks");
        put(m, "d", 1, "day", "days");
        put(m, "h", 1, "hour", "hours", "hr", "hrs");
        put(m, "min", 1, "minute", "minutes", "mins", "min");
        put(m, "s", 1, "second", "seconds", "secs", "sec");
        put(m, "GBy", 1, "gigabyte", "gigabytes");
        put(m, "TBy", 1, "terabyte", "terabytes");
        return Words.map(m);
    }

    private static final Set<String> ICU_SKIPPED_TYPES = Words.set("currency", "none", "duration", "angle",
            "graphics", "concentr", "typography");
    private static final Set<String> ICU_SKIPPED_WORDS = Words.set("point", "points", "stone", "stones", "cup",
            "cups", "part", "parts", "item", "items", "portion", "portions", "night", "nights", "dot", "dots",
            "pixel", "pixels", "mole", "moles", "quarter", "quarters", "bit", "bits", "em", "ems", "light", "lux");

    /**
     * Units the hand list above does not name, from ICU4J's CLDR unit data: every single-word English name
     * (US and UK spelling, singular and plural: {@code megabits}, {@code pints}, {@code decibels},
     * {@code micrograms}) → ICU's short symbol ({@code Mb}, {@code pt}, {@code dB}, {@code μg}); plus the
     * data-rate abbreviations {@code kbps/Mbps/Gbps} → ICU's {@code kb/s}, {@code Mb/s}, {@code Gb/s}. Durations,
     * angles, typography and concentrations are left out: as words they are counted nouns or handled above.
     */
    static final Map<String, Unit> ICU_MEASURES = icuMeasures();

    private static final Set<String> ICU_SYMBOL_TYPES = Set.of("frequency", "electric", "pressure", "energy", "power");

    /**
     * Symbols looked up in their exact case, from ICU4J's short unit names of frequency, electric, pressure, energy
     * and power ({@code GHz}, {@code kV}, {@code mA}, {@code hPa}, {@code mmHg}, {@code psi}, {@code eV}, {@code hp});
     * two letters or more, {@code bar} left out (a word). ICU has no sievert, decibel, millimole, kilovolt or
     * decilitre symbol: those are added, and {@code Gt} (gigatonnes).
     */
    static final Map<String, Unit> ICU_SYMBOLS = icuSymbols();

    private static Map<String, Unit> icuSymbols() {
        Map<String, Unit> m = new HashMap<>();
        MeasureFormat shortForm = MeasureFormat.getInstance(ULocale.ENGLISH, MeasureFormat.FormatWidth.SHORT);
        for (MeasureUnit u : MeasureUnit.getAvailable()) {
            if (ICU_SYMBOL_TYPES.contains(u.getType())) {
                String symbol = name(shortForm, u, 2);
                if (symbol.matches("[A-Za-z\u03bc\u03a9]{2,5}") && !symbol.equals("bar")) {
                    m.put(symbol, new Unit(symbol, 1));
                }
            }
        }
        for (String symbol : new String[] {"Sv", "mSv", "\u03bcSv", "dB", "mmol", "kV", "dL"}) {
            m.put(symbol, new Unit(symbol, 1));
        }
        m.put("\u00b5Sv", new Unit("\u03bcSv", 1));
        m.put("Gt", new Unit("t", 1e9));
        return Map.copyOf(m);
    }

    private static Map<String, Unit> icuMeasures() {
        Map<String, Unit> m = new HashMap<>();
        MeasureFormat shortForm = MeasureFormat.getInstance(ULocale.ENGLISH, MeasureFormat.FormatWidth.SHORT);
        for (ULocale locale : new ULocale[] {ULocale.US, ULocale.UK}) {
            MeasureFormat wide = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE);
            for (MeasureUnit u : MeasureUnit.getAvailable()) {
                if (ICU_SKIPPED_TYPES.contains(u.getType())) {
                    continue;
                }
                Unit unit = new Unit(name(shortForm, u, 2), 1);
                for (int count : new int[] {1, 2}) {
                    String name = name(wide, u, count).toLowerCase(Locale.ROOT);
                    if (name.indexOf(' ') < 0 && name.indexOf('-') < 0 && name.indexOf('.') < 0
                            && !ICU_SKIPPED_WORDS.contains(name)) {
                        m.putIfAbsent(name, unit);
                    }
                }
            }
        }
        for (String prefix : new String[] {"kilo", "mega", "giga"}) {
            MeasureUnit rate = MeasureUnit.forIdentifier(prefix + "bit-per-second");
            m.put(prefix.charAt(0) + "bps", new Unit(name(shortForm, rate, 2), 1));
        }
        return Words.map(m);
    }

    private static Map<String, String> icuCurrencyNames() {
        Map<String, String> whole = new HashMap<>();
        Map<String, String> last = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode();
            if (code.startsWith("X") && !code.equals("XOF") && !code.equals("XAF")) {
                continue; // precious metals, testing and fund codes
            }
            for (String count : new String[] {"one", "other"}) {
                String name = c.getName(ULocale.ENGLISH, Currency.PLURAL_LONG_NAME, count, null)
                        .toLowerCase(Locale.ROOT);
                if (name.equalsIgnoreCase(code) || name.indexOf('(') >= 0 || name.indexOf('-') >= 0) {
                    continue;
                }
                String[] words = name.split(" ");
                if (words.length > ICU_CURRENCY_WORDS) {
                    continue;
                }
                whole.putIfAbsent(name, code);
                String tail = words[words.length - 1];
                String seen = last.putIfAbsent(tail, code);
                if (seen != null && !seen.equals(code)) {
                    ambiguous.add(tail);
                }
            }
        }
        for (Map.Entry<String, String> e : last.entrySet()) {
            if (!ambiguous.contains(e.getKey()) && !CURRENCY_WORDS.containsKey(e.getKey())
                    && !MINOR_UNITS.containsKey(e.getKey()) && !NOT_CURRENCY_ALONE.contains(e.getKey())) {
                whole.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return Words.map(whole);
    }

    private static Set<String> firstWords(Set<String> names) {
        java.util.Set<String> first = new java.util.HashSet<>();
        for (String name : names) {
            int space = name.indexOf(' ');
            first.add(space < 0 ? name : name.substring(0, space));
        }
        return Words.set(first.toArray(String[]::new));
    }

    private static Set<String> icuCurrencyCodes() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            codes.add(c.getCurrencyCode());
        }
        return Set.copyOf(codes);
    }

    /** "2 megabits" → "megabits": the unit part of a formatted measure. */
    private static String name(MeasureFormat format, MeasureUnit unit, int count) {
        return format.format(new Measure(count, unit)).replaceFirst("^\\d+[\\s\\u00a0\\u202f]*", "");
    }

    private static void put(Map<String, Unit> m, String symbol, double factor, String... words) {
        for (String w : words) {
            m.put(w, new Unit(symbol, factor));
        }
    }

    /** Rate words after a figure: {@code a year}, {@code annually}, {@code per capita}. Value: the {@code per}. */
    static final Map<String, String> RATE_ADVERBS = Words.map(Map.of("annually", "year", "yearly", "year", "monthly",
            "month",
            "weekly", "week", "daily", "day", "hourly", "hour", "apiece", "unit", "pa", "year"));

    /** Nouns after {@code per}/{@code a}/{@code an}/{@code each}/{@code every}/{@code /}, normalised. */
    static final Map<String, String> RATE_NOUNS = Words.map(Map.ofEntries(Map.entry("year", "year"),
            Map.entry("annum", "year"), Map.entry("yr", "year"), Map.entry("month", "month"),
            Map.entry("week", "week"), Map.entry("day", "day"), Map.entry("hour", "hour"), Map.entry("hr", "hour"),
            Map.entry("minute", "minute"), Map.entry("second", "second"), Map.entry("capita", "capita"),
            Map.entry("head", "capita"), Map.entry("person", "person"), Map.entry("people", "person"),
            Map.entry("household", "household"), Map.entry("barrel", "barrel"), Map.entry("bbl", "barrel"),
            Map.entry("tonne", "t"), Map.entry("ton", "t"), Map.entry("t", "t"), Map.entry("kilogram", "kg"),
            Map.entry("kilo", "kg"), Map.entry("kg", "kg"), Map.entry("litre", "l"), Map.entry("liter", "l"),
            Map.entry("gallon", "gal"), Map.entry("kwh", "kWh"), Map.entry("mwh", "MWh"), Map.entry("share", "share"),
            Map.entry("ounce", "oz"), Map.entry("oz", "oz"), Map.entry("pound", "lb"), Map.entry("lb", "lb"),
            Map.entry("square", "m2"), Map.entry("night", "night"), Map.entry("trip", "trip"),
            Map.entry("ticket", "ticket"), Map.entry("student", "student"), Map.entry("pupil", "pupil"),
            Map.entry("patient", "patient"), Map.entry("resident", "resident"), Map.entry("inhabitant", "inhabitant"),
            Map.entry("employee", "employee"), Map.entry("worker", "worker"), Map.entry("vehicle", "vehicle"),
            Map.entry("car", "car"), Map.entry("unit", "unit"), Map.entry("dose", "dose"), Map.entry("room", "room"),
            Map.entry("seat", "seat"), Map.entry("game", "game"), Map.entry("match", "match"),
            Map.entry("mile", "mi"), Map.entry("km", "km"), Map.entry("kilometre", "km"), Map.entry("kilometer", "km"),
            Map.entry("cubic", "m3"), Map.entry("gram", "g"), Map.entry("meal", "meal"), Map.entry("hectare", "ha"),
            Map.entry("acre", "acre"), Map.entry("term", "term"), Map.entry("season", "season"),
            Map.entry("semester", "semester"), Map.entry("quarter", "quarter"), Map.entry("decade", "decade")));

    /** Plurals that do not end in -s, and -s words that are not plurals of a simple stem. */
    /** Singulars ending in s whose plural adds -es: aliases → alias (not cases → cas). */
    private static final Set<String> S_STEMS = Words.set("alias", "bias", "gas", "atlas", "canvas", "bus", "virus",
            "bonus", "campus", "census", "surplus", "status", "consensus", "prospectus", "apparatus", "walrus",
            "octopus", "fetus", "foetus", "sinus", "chorus", "circus", "iris", "lens", "plus", "minus", "focus",
            "syllabus", "hiatus", "onus", "terminus", "thesaurus", "caucus", "platypus", "cactus", "fungus");

    static final Map<String, String> IRREGULAR = Words.map(Map.ofEntries(Map.entry("people", "person"),
            Map.entry("persons", "person"), Map.entry("children", "child"), Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("police", "police"), Map.entry("staff", "staff"),
            Map.entry("personnel", "personnel"), Map.entry("cattle", "cattle"), Map.entry("sheep", "sheep"),
            Map.entry("fish", "fish"), Map.entry("deer", "deer"), Map.entry("aircraft", "aircraft"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"),
            Map.entry("geese", "goose"), Map.entry("data", "data"), Map.entry("media", "media"),
            Map.entry("crises", "crisis"), Map.entry("analyses", "analysis"), Map.entry("theses", "thesis"),
            Map.entry("series", "series"), Map.entry("species", "species"), Map.entry("news", "news"),
            Map.entry("lives", "life"), Map.entry("wives", "wife"), Map.entry("knives", "knife"),
            Map.entry("wolves", "wolf"), Map.entry("leaves", "leaf"), Map.entry("halves", "half"),
            Map.entry("shelves", "shelf"), Map.entry("thieves", "thief"), Map.entry("criteria", "criterion"),
            Map.entry("phenomena", "phenomenon"), Map.entry("bacteria", "bacterium"), Map.entry("troops", "troop"),
            Map.entry("offspring", "offspring"), Map.entry("livestock", "livestock"), Map.entry("clergy", "clergy"),
            Map.entry("buses", "bus"), Map.entry("viruses", "virus"), Map.entry("campuses", "campus"),
            Map.entry("bonuses", "bonus"), Map.entry("censuses", "census"), Map.entry("statuses", "status"),
            Map.entry("gases", "gas"), Map.entry("taxes", "tax"), Map.entry("boxes", "box"),
            Map.entry("indices", "index"), Map.entry("matrices", "matrix"), Map.entry("votes", "vote"),
            Map.entry("houses", "house"), Map.entry("cases", "case"), Map.entry("nurses", "nurse"),
            Map.entry("courses", "course"), Map.entry("horses", "horse"), Map.entry("purposes", "purpose"),
            Map.entry("responses", "response"), Map.entry("licenses", "license"), Map.entry("businesses", "business"),
            Map.entry("witnesses", "witness"), Map.entry("addresses", "address"), Map.entry("classes", "class"),
            Map.entry("glasses", "glass"), Map.entry("processes", "process"), Map.entry("losses", "loss"),
            Map.entry("wages", "wage"), Map.entry("pages", "page"), Map.entry("villages", "village"),
            Map.entry("images", "image"), Map.entry("languages", "language"), Map.entry("messages", "message"),
            Map.entry("sites", "site"), Map.entry("hostages", "hostage"), Map.entry("judges", "judge"),
            Map.entry("refugees", "refugee"), Map.entry("employees", "employee"), Map.entry("degrees", "degree"),
            Map.entry("trees", "tree"), Map.entry("movies", "movie"), Map.entry("cookies", "cookie"),
            Map.entry("lies", "lie"), Map.entry("ties", "tie"), Map.entry("species'", "species"),
            Map.entry("dies", "die"), Map.entry("zombies", "zombie"), Map.entry("rookies", "rookie"),
            Map.entry("calories", "calorie"), Map.entry("goalies", "goalie"), Map.entry("aborigines", "aborigine"),
            Map.entry("vaccines", "vaccine"), Map.entry("machines", "machine"), Map.entry("mines", "mine"),
            Map.entry("lines", "line"), Map.entry("fines", "fine"), Map.entry("vehicles", "vehicle"),
            Map.entry("articles", "article"), Map.entry("missiles", "missile"), Map.entry("miles", "mile"),
            Map.entry("circles", "circle"), Map.entry("tables", "table"), Map.entry("cables", "cable")));

    /** Singular of an English plural noun, keeping a capital ({@code Russians} → {@code Russian}). */
    static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return Character.isUpperCase(word.charAt(0)) && !irregular.isEmpty()
                    ? Character.toUpperCase(irregular.charAt(0)) + irregular.substring(1) : irregular;
        }
        int n = word.length();
        if (n > 4 && lower.endsWith("ses") && S_STEMS.contains(lower.substring(0, n - 2))) {
            return word.substring(0, n - 2); // aliases, viruses, buses
        }
        if (menPlural(lower)) {
            return word.substring(0, n - 3) + "man"; // fishermen, policemen
        }
        if (n > 4 && lower.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 4 && (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches")
                || lower.endsWith("shes") || lower.endsWith("zzes"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    /** Whether a word reads as a plural noun ({@code students}, {@code people}, {@code Russians}). */
    static boolean looksPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(lower)) {
            return !lower.equals("data") && !lower.equals("media") && !lower.equals("news");
        }
        if (menPlural(lower)) {
            return true;
        }
        int n = lower.length();
        return n > 3 && lower.charAt(n - 1) == 's' && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s") && !NOT_PLURAL.contains(lower);
    }

    /** Compounds of -men: fishermen, policemen, congressmen (not specimen, abdomen, regimen). */
    private static boolean menPlural(String lower) {
        return lower.length() > 5 && lower.endsWith("men") && !NOT_MEN_PLURAL.contains(lower);
    }

    private static final Set<String> NOT_MEN_PLURAL = Words.set("specimen", "abdomen", "regimen", "acumen",
            "stamen", "hymen", "bitumen", "albumen", "cerumen", "semen", "yemen", "carmen");

    private static final Set<String> NOT_PLURAL = Words.set("this", "its", "was", "has", "does", "goes", "his", "hers",
            "ours", "yours", "theirs", "always", "perhaps", "whereas", "besides", "towards", "afterwards",
            "overseas", "nowadays", "indoors", "outdoors", "upstairs", "downstairs",
            "sometimes", "nevertheless", "unless", "as", "thus", "plus", "minus", "versus", "across", "less", "gas",
            "bus", "lens", "news", "means", "series", "species", "politics", "economics", "physics", "mathematics",
            "athletics", "statistics", "status", "census", "chaos", "kansas", "texas", "paris", "athens", "wales",
            "brussels", "seychelles", "philippines", "netherlands", "maldives", "bahamas", "comoros", "honduras",
            "makes", "takes", "gives", "says", "seems", "lies", "comes", "remains", "becomes", "includes",
            "shows", "sees", "needs", "wants", "uses", "works", "leads", "holds", "keeps", "runs", "reaches",
            "costs", "pays", "stands", "plans", "rises", "falls", "grows", "earns", "owns", "employs", "hosts",
            "receives", "contains", "exceeds", "represents", "accounts", "totals", "amounts", "ranks", "sells",
            "buys", "spends", "loses", "wins", "serves", "covers", "affects", "involves", "requires", "provides");

    private static Map<String, Integer> numberWords() {
        var spell = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        Map<String, Integer> words = new HashMap<>();
        for (int i = 1; i < 100; i++) {
            words.put(spell.format(i), i);
        }
        words.put("zero", 0);
        words.put("nil", 0);
        return Words.map(words);
    }
}
