/// Passphrases made for the volunteer: words drawn uniformly at random from a list of common Norwegian words
/// (no æ, ø or å, so they type on any keyboard), with libsodium's random source.
public enum PassphraseGenerator {
    /// How many words a generated passphrase has: with 542 words to choose from, six give about 54 bits; at
    /// Argon2id's cost per guess that is out of reach of anyone who finds the file.
    public static let wordCount = 6

    /// A new passphrase of `wordCount` words joined by dashes.
    public static func generate() -> String {
        (0..<wordCount).map { _ in words[Int(Sodium.random(below: UInt32(words.count)))] }.joined(separator: "-")
    }

    /// Common, concrete Norwegian words, written for dues; no two alike.
    static let words: [String] = [
        "agurk", "akkurat", "alder", "alle", "ankel", "anker", "ape", "appelsin", "arm", "avis", "avstand", "bad",
        "bake", "bakke", "ball", "banan", "bank", "bark", "barn", "bart", "base", "bein", "benk", "berg", "besta",
        "bestefar", "bestemor", "bie", "bil", "bilde", "binde", "birk", "bjelle", "blad", "blank", "blekk", "blid",
        "blomst", "blund", "bluse", "blyant", "bok", "bolig", "bolle", "bolt", "bonde", "bord", "borg", "bra", "bred",
        "brev", "brikke", "briller", "bro", "bror", "brun", "brus", "bukse", "bunn", "buss", "bygg", "dag", "dal",
        "dame", "dampe", "dans", "datter", "deig", "dekk", "dekke", "diger", "disk", "dokke", "dolk", "dom", "drage",
        "drakt", "dram", "drikke", "drue", "due", "dukke", "dun", "dyr", "eik", "eike", "ekorn", "elg", "elv", "eng",
        "engel", "enkel", "eple", "erme", "ert", "esel", "eske", "fager", "fakkel", "familie", "fane", "far", "farge",
        "fart", "fele", "ferge", "fest", "fetter", "fiken", "fil", "fin", "fiolin", "fisk", "fjell", "fjes", "fjord",
        "flagg", "flamme", "flaske", "flis", "flokk", "flue", "fly", "fokus", "fort", "foss", "fot", "fred", "fri",
        "frisk", "frosk", "frukt", "fryse", "fugl", "furu", "gaffel", "gang", "gard", "gardin", "gave", "geit",
        "gitar", "gjest", "glad", "glass", "glede", "glimt", "gnist", "gran", "gress", "grind", "grot", "grunn",
        "grus", "gull", "gulv", "gummi", "hage", "hai", "hake", "hall", "hals", "hammer", "hamp", "hane", "hare",
        "hatt", "hav", "havre", "hegre", "hekk", "helg", "hest", "hette", "hilse", "himmel", "hjelm", "hjem", "hjort",
        "hjul", "holme", "honning", "hopp", "horn", "hoste", "humle", "hund", "hus", "hvete", "hvit", "hytte", "iver",
        "jakke", "jakt", "jente", "jern", "jolle", "jord", "jul", "kaffe", "kai", "kake", "kaktus", "kald", "kalv",
        "kamel", "kamera", "kanel", "kanin", "kanon", "kant", "kart", "karve", "kasse", "katt", "kiste", "kjeller",
        "kjole", "klatre", "klemme", "klokke", "klut", "knapp", "kniv", "kno", "knute", "kode", "koffert", "kokk",
        "kolle", "kompass", "konge", "konto", "kopp", "kork", "korn", "kors", "kost", "krabbe", "kraft", "kran",
        "krans", "kringle", "krok", "krone", "kropp", "kulde", "kule", "kunst", "kurs", "kurv", "kusine", "kveld",
        "kvist", "kyst", "lakk", "laks", "lam", "lampe", "land", "lang", "lapp", "last", "lav", "lege", "leir",
        "leke", "lenke", "lerk", "lerke", "lerret", "lilje", "lin", "lind", "linje", "linse", "list", "lodd", "loft",
        "lokk", "lomme", "lue", "luft", "lund", "lunsj", "lyng", "lys", "lyse", "mage", "magnet", "maling", "mandel",
        "mann", "marsj", "mast", "mat", "matte", "meis", "mel", "melk", "melodi", "merke", "meter", "middag", "midt",
        "mil", "mild", "mink", "minne", "moped", "mor", "mosaikk", "mose", "motor", "mus", "mynt", "myr", "nabo",
        "nakke", "natt", "natur", "nebb", "nese", "nett", "nikk", "nisse", "nokkel", "nord", "notat", "november",
        "nudel", "nytt", "olje", "onsdag", "ord", "orkester", "orm", "ost", "oter", "pakke", "pakt", "palme", "panel",
        "panne", "papir", "park", "pause", "penn", "pepper", "perle", "pil", "pilot", "pingvin", "pinne", "pipe",
        "planet", "plante", "plass", "plog", "polar", "pose", "post", "potet", "prat", "pris", "propp", "pudder",
        "puls", "pute", "rabarbra", "radio", "rake", "rakett", "ramme", "rand", "rask", "ratt", "regn", "regnbue",
        "rein", "reise", "rekke", "rest", "rev", "rim", "ring", "rips", "ris", "robot", "rogn", "rolig", "rom",
        "rose", "rot", "rull", "rund", "rute", "sadel", "sag", "salt", "sand", "sang", "sau", "saus", "seil", "seng",
        "seter", "sigd", "signal", "sil", "sild", "silke", "sirkel", "sirup", "sjakk", "sjal", "sjef", "sjokk", "sju",
        "skalle", "skap", "skatt", "ski", "skilt", "skinke", "skip", "skje", "sko", "skog", "skole", "skrin", "skrue",
        "sky", "slalom", "slede", "slips", "slott", "sludd", "smak", "smil", "smule", "smykke", "snegle", "snill",
        "snor", "sofa", "sol", "solsikke", "sopp", "spade", "speil", "spiker", "spill", "sprett", "spurv", "stall",
        "stamme", "stang", "stein", "stempel", "stige", "stjerne", "stoff", "stokk", "stol", "storm", "strand",
        "strek", "stri", "strikk", "stue", "sukker", "svane", "svart", "sverd", "sykkel", "symbol", "synge", "tak",
        "tall", "tang", "tann", "tavle", "telt", "teppe", "tid", "tiger", "time", "tinn", "tiur", "tobakk", "tobis",
        "tog", "tomat", "topp", "torden", "torg", "torsk", "torv", "trapp", "tre", "trikk", "troll", "tromme",
        "trommel", "tulipan", "tun", "tunfisk", "tunnel", "tur", "turist", "tusen", "ugle", "uke", "ull", "ulv",
        "under", "uro", "vaffel", "vake", "vakt", "valp", "vanlig", "vann", "varm", "vase", "ved", "vegg", "vei",
        "verden", "veske", "vest", "viking", "villa", "vimpel", "vind", "vindu", "vinter", "virke", "vogn", "vott",
        "vulkan",
    ]
}
