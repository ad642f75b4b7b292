//! Word lists the name and speaker rules read: titles and roles, given names, and
//! words that mark a capitalised phrase as a place, an organisation, a
//! building or a document rather than a person. Lower case throughout.

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

fn set(words: &'static str) -> HashSet<&'static str> {
    words.split_whitespace().collect()
}

/// Roles and titles, as word sequences, that introduce a name
/// ("Secretary of State Antony Blinken", "national security adviser Jake
/// Sullivan"). Longest match wins.
pub static ROLES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut roles: Vec<Vec<&str>> = [
        "secretary of state",
        "deputy secretary of state",
        "undersecretary of state",
        "under secretary of state",
        "assistant secretary of state",
        "secretary of defense",
        "secretary-general",
        "secretary general",
        "treasury secretary",
        "defense secretary",
        "defence secretary",
        "foreign secretary",
        "home secretary",
        "health secretary",
        "press secretary",
        "homeland security secretary",
        "commerce secretary",
        "energy secretary",
        "secretary",
        "foreign minister",
        "deputy foreign minister",
        "defense minister",
        "defence minister",
        "prime minister",
        "deputy prime minister",
        "finance minister",
        "interior minister",
        "economy minister",
        "minister",
        "president",
        "vice president",
        "president-elect",
        "chancellor",
        "ambassador",
        "envoy",
        "special envoy",
        "national security adviser",
        "national security advisor",
        "deputy national security adviser",
        "security adviser",
        "adviser",
        "advisor",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "gov.",
        "governor",
        "mayor",
        "lt. gov.",
        "lieutenant governor",
        "attorney general",
        "general",
        "gen.",
        "lt. gen.",
        "maj. gen.",
        "brig. gen.",
        "admiral",
        "adm.",
        "col.",
        "colonel",
        "lt.",
        "lieutenant",
        "sgt.",
        "sergeant",
        "capt.",
        "captain",
        "commander",
        "judge",
        "justice",
        "chief justice",
        "speaker",
        "house speaker",
        "leader",
        "majority leader",
        "minority leader",
        "senate majority leader",
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "crown prince",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "miss",
        "prof.",
        "professor",
        "rev.",
        "reverend",
        "father",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "chief executive",
        "director",
        "head",
        "commissioner",
        "chief",
        "coach",
        "diplomat",
        "top diplomat",
        "official",
        "analyst",
        "lawmaker",
        "rep",
        "counterpart",
        "premier",
        "patriarch",
        "archbishop",
        "bishop",
        "cardinal",
        "lord",
        "lady",
        "sir",
        "dame",
        "baroness",
        "ayatollah",
        "sheriff",
        "editor",
        "managing editor",
        "manager",
        "campaign manager",
        "mp",
        "attorney",
        "district attorney",
        "prosecutor",
        "strategist",
        "economist",
        "chief economist",
        "pollster",
        "host",
        "anchor",
        "correspondent",
        "columnist",
        "author",
        "founder",
        "co-founder",
        "actor",
        "actress",
        "singer",
        "rapper",
        "comedian",
        "candidate",
        "nominee",
        "aide",
        "consultant",
        "activist",
        "historian",
        "officer",
        "detective",
        "deputy",
    ]
    .iter()
    .map(|r| r.split(' ').collect())
    .collect();
    roles.sort_by_key(|r| std::cmp::Reverse(r.len()));
    roles
});

/// Adjectives of nationality and origin, and short country forms used as
/// modifiers ("Russian", "U.S."). Never part of a name.
pub static DEMONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "american u.s. us usa uk u.k. british english scottish welsh irish russian ukrainian \
         german french italian spanish portuguese dutch belgian swiss austrian polish czech \
         slovak hungarian romanian bulgarian serbian croatian bosnian slovenian greek turkish \
         cypriot israeli palestinian iranian iraqi syrian lebanese jordanian saudi egyptian \
         libyan tunisian algerian moroccan sudanese ethiopian kenyan nigerian ghanaian \
         south african chinese japanese korean north vietnamese thai indian pakistani afghan \
         bangladeshi indonesian malaysian filipino australian canadian mexican brazilian \
         argentine argentinian chilean colombian venezuelan cuban peruvian belarusian \
         georgian armenian azerbaijani kazakh uzbek lithuanian latvian estonian finnish \
         swedish norwegian danish icelandic european western eastern soviet nato eu un \
         arab kurdish yemeni qatari emirati kuwaiti omani bahraini taiwanese mongolian \
         moldovan kremlin white house pentagon republican democratic democrat gop \
         conservative labour liberal islamic muslim christian jewish catholic evangelical \
         hindu sikh buddhist mormon texan floridian californian virginian ohioan iowan",
    )
});

/// Faiths, parties and other groups a capitalised plural names ("Sunni
/// Muslims", "Virginia Democrats"), singular.
pub static GROUPS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "muslim christian jew sunni shiite shia catholic evangelical protestant mormon \
         latino latina hispanic democrat republican liberal conservative progressive \
         independent libertarian socialist communist pac super veteran voter supporter \
         delegate senator governor leader official member fan investigator officer \
         lawmaker reporter analyst expert prosecutor resident worker student protester \
         protestor activist critic witness lawyer doctor nurse farmer soldier troop \
         employee executive economist scientist researcher politician candidate rebel \
         militant refugee migrant immigrant citizen",
    )
});

/// Words of a page around a story, not of a name: photo credits, buttons
/// and captions ("Robert Huxley Click to share", "Bailey Getty").
pub static PAGE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "getty images image photo photos video videos click play share watch caption \
         credit copyright skip ad advertisement subscribe shutterstock alamy moment",
    )
});

/// First words of place names ("San Diego", "West Hollywood", "New
/// Addington"): a name that opens with one is a place.
pub static PLACE_PREFIXES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "north south east west northeast northwest southeast southwest new san santa los \
         las fort port mount lake middle near far",
    )
});

/// Job titles that end no person's name ("Assistant Managing Editor",
/// "Assistant Sheriff"): titles that are rarely surnames.
pub static TITLE_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "editor sheriff manager director secretary minister president governor senator \
         chairman chairwoman spokesman spokeswoman spokesperson adviser advisor officer \
         commissioner correspondent columnist economist strategist pollster prosecutor",
    )
});

/// Places: continents, countries, regions, capitals and large cities.
pub static PLACES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "africa america americas asia europe oceania antarctica arctic atlantic pacific \
         russia ukraine germany france britain england scotland wales ireland italy spain \
         portugal netherlands holland belgium switzerland austria poland czechia hungary \
         romania bulgaria serbia croatia bosnia slovenia greece turkey cyprus israel gaza \
         palestine iran iraq syria lebanon jordan arabia egypt libya tunisia algeria morocco \
         sudan ethiopia kenya nigeria ghana china japan korea vietnam thailand india pakistan \
         afghanistan bangladesh indonesia malaysia philippines australia canada mexico brazil \
         argentina chile colombia venezuela cuba peru belarus georgia armenia azerbaijan \
         kazakhstan uzbekistan lithuania latvia estonia finland sweden norway denmark iceland \
         crimea donbas donbass kyiv kiev moscow washington london paris berlin geneva brussels \
         vienna rome madrid lisbon warsaw prague budapest bucharest sofia belgrade athens \
         ankara istanbul jerusalem tehran baghdad damascus beirut riyadh cairo beijing tokyo \
         seoul pyongyang delhi mumbai islamabad kabul jakarta manila sydney ottawa toronto \
         havana caracas bogota lima minsk tbilisi kharkiv odesa odessa lviv mariupol donetsk \
         luhansk sevastopol switzerland venezuela cuba romania poland taiwan hong kong \
         singapore york angeles francisco chicago boston texas california florida virginia \
         maryland ohio michigan pennsylvania arizona nevada georgia carolina dakota \
         massachusetts jersey oregon alabama alaska hawaii iowa kansas kentucky louisiana \
         maine minnesota mississippi missouri montana nebraska hampshire mexico oklahoma \
         rhode tennessee utah vermont wisconsin wyoming idaho indiana illinois colorado \
         connecticut delaware arkansas europe eurasia balkans baltics scandinavia caucasus \
         siberia sahel gulf mediterranean kremlin capitol brooklyn manhattan queens bronx \
         miami cleveland detroit philadelphia atlanta dallas denver seattle \
         baltimore pittsburgh milwaukee orlando tampa nashville memphis louisville \
         sacramento bernardino vegas orleans",
    )
});

/// Head words of names of organisations, places, buildings, events and
/// documents ("President Wilson Hotel", "State Department", "Cold War").
pub static NON_PERSON_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "hotel lake house department ministry times press post news journal herald tribune \
         twitter facebook instagram youtube google amazon microsoft telemundo univision \
         netflix snapchat reddit wikipedia wikileaks bible apprentice show subtitle century team \
         section chapter amendment \
         telegraph guardian gazette review magazine union quad war wars administration \
         agency council committee commission court congress senate parliament assembly \
         party parties university college school institute academy foundation center centre \
         bank fund corporation corp inc company co group association organization \
         organisation office bureau service services force forces army navy corps guard \
         command alliance treaty accord agreement pact act bill law plan doctrine summit \
         conference forum games cup league club street avenue road square boulevard bridge \
         airport station park river sea ocean mountain mountains mount valley island \
         islands peninsula region province state states kingdom republic federation empire \
         city county district hall palace tower building church cathedral mosque temple \
         hospital museum library stadium arena channel network television radio tv \
         broadcasting daily weekly monthly initiative program programme project operation \
         movement front revolution regime government cabinet embassy consulate mission \
         nations station base camp fort port harbor harbour bay coast border line zone \
         index exchange market markets stock dollar euro ruble rouble day week year month \
         festival prize award awards festival museum gallery zoo studios records tour \
         offensive campaign crisis incident talks treaty dialogue format declaration charter \
         constitution protocol memorandum report strategy review securities capital partners \
         holdings investments investors ventures associates research analytics consulting \
         advisors advisers management technologies technology systems labs media motors \
         airlines airways energy pharmaceuticals pharma industries enterprises trust \
         insurance financial finance brands foods entertainment communications telecom \
         society resources healthcare enforcement investment debates debate responsibility \
         mall coal oil steel observer history speech terrorism box springs heights \
         roads run zero true fusion qaeda daddy fargo politics insider decisions replacement \
         sentinel register globe examiner chronicle inquirer dispatch courier ledger editorial \
         board police cards brexit elect apple",
    )
});

/// Capitalised words that start sentences or headings and are not names.
pub static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "a an the this that these those there here it its he she they we you i his her their \
         our your my me him them us who whom whose which what when where why how while if \
         but and or nor so yet for of in on at by to from with without within into onto \
         upon about above across after against along amid among around as before behind \
         below beneath beside besides between beyond despite during except following inside \
         near off outside over since through throughout toward towards under unlike until \
         via both either neither each every all any some many much more most few several \
         no not one two three four five six seven eight nine ten also even just only still \
         already again then than now today tomorrow yesterday tonight meanwhile however \
         although though because unless whether instead indeed perhaps maybe according \
         asked said says told added speaking writing referring citing noting asked \
         moreover furthermore nonetheless nevertheless thus hence therefore otherwise \
         once twice last next first second third earlier later recently currently \
         other another such same own is are was were be been being has have had do does did \
         will would shall should can could may might must let lets like unlike after \
         yes no ok okay well oh mr mrs ms dr god lord people good great thank thanks hi \
         hello hey dear madam",
    )
});

/// Days and months: never names ("Lavrov Friday").
pub static CALENDAR: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut words = set("christmas easter ramadan");
    words.extend(super::dates::WEEKDAYS);
    words.extend(
        super::dates::MONTHS
            .iter()
            .flat_map(|names| names.iter().copied()),
    );
    words
});

/// Lower-case particles inside names ("Ursula von der Leyen").
pub static PARTICLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(PARTICLE_WORDS));

/// The particles, as one string of words.
pub const PARTICLE_WORDS: &str =
    "de da das do dos del della di du des der den van von ter ten bin ibn al el la le st.";

/// Common given names from many languages. A capitalised pair whose first
/// word is here is taken for a person without further evidence.
pub static GIVEN_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "aaron abdullah abdul abigail adam adrian ahmad ahmed aisha alan albert alberto alec \
         aleksandr aleksandra aleksei alex alexander alexandra alexandre alexei alexey alexis \
         alfred ali alice alicia alina alison alla allan allen alvaro amanda amber amelia amir \
         amit amy ana anatoly anders andre andrea andreas andrei andrej andres andrew andrey \
         andrii andriy angela angelina angelo anita ann anna anne annalena annette anthony \
         antonio antony anton arnold arseniy arthur arturo ashley ashraf asif audrey ayman \
         barack barbara barry bashar beata ben benjamin bennie bernard bernie beth betty \
         bill billy bob bobby boris brad bradley brandon brenda brendan brett brian bruce \
         bruno bryan byron caleb cameron camilla carl carla carlos carmen carol caroline \
         carolyn catherine cecilia charles charlie charlotte chen cheryl chris christian \
         christina christine christopher chuck cindy claire clara claude claudia clint clyde \
         colin connor craig cristina cynthia dale dan dana daniel daniela danielle danny \
         darius dave david dean deborah debra denis denise dennis derek diana diane diego \
         dimitri dmitri dmitry dmytro dominic donald donna doris doug douglas dylan earl ed \
         eddie edgar eduardo edward elena eli elijah elise elizabeth ellen elon emily emma \
         emmanuel enrique eric erik erin ernest esther ethan eugene eva evan evgeny fabio \
         faisal fatima felipe felix fernando fiona frances francesco francis francisco frank \
         franz fred frederick gabriel gabriela gail gary gavin gene geoffrey george gerald \
         gerhard gina giorgia giovanni giuseppe glenn gloria gordon grace greg gregory \
         guillermo gustavo hakan hamid hannah hans harold harriet harry hassan heather \
         hector heidi heinz helen helena helmut henry herbert hillary hiroshi howard hugh \
         hugo hunter hussein ian igor ilya imran ingrid irina isaac isabel isabella ivan \
         jack jackie jacob jacqueline jaime jake james jamie jan jane janet janice jared \
         jason javier jay jean jeff jeffrey jen jennifer jens jeremy jerome jerry jessica \
         jesus jill jim jimmy jin joan joanna joe joel johann johannes john johnny jon \
         jonathan jordan jorge jose joseph josh joshua juan judith judy julia julian julie \
         justin kamala karen karim karl kate katherine kathleen kathryn kathy katie kay \
         keith kelly ken kenneth kevin khalid kim kirill klaus kristen kurt kyle larry \
         laura lauren lawrence leah lee leo leon leonid liam linda lindsey lisa liz \
         lloyd lois lorenzo louis louise lucas lucy luis luke lynn madeleine mahmoud \
         maria marco marcus margaret maria marie marina mario marion mark marta martha \
         martin mary matt matteo matthew maurice max maxim maya megan melanie melissa \
         michael michel michelle miguel mikhail mike mikheil miles mitch mitt mohamed \
         mohammad mohammed monica morgan muhammad nadia nancy naomi narendra natalia \
         natalie nathan neil nicholas nick nicola nicolas nicole nikita nikki nikolai \
         nina noah norman olaf olena oleg oleksandr oleksii oleksiy olga oliver olivia \
         omar oscar pablo pam pamela paolo patricia patrick paul paula pedro peggy penny \
         peter petro philip phillip pierre pietro rachel rafael rahul ralph ramon ramzan \
         randy raphael raul ray raymond rebecca recep regina richard rick rishi rita rob \
         robert roberto robin rodrigo roger roman ron ronald rosa rose ross roy ruslan \
         russell ruth ryan sadiq salman sam samantha samuel sandra sara sarah scott \
         sean sebastian sergei sergey sergio sergiy serhiy shannon sharon shawn sheila \
         shinzo shirley simon sofia sonia sophia sophie stacey stanley stefan stella \
         stephanie stephen steve steven stuart susan suzanne sylvia tamara tanya tara \
         ted teresa terry thomas tim timothy tina todd tom tommy tony tracy travis \
         tucker tyler ursula valentina valerie valery vanessa vasyl veronica victor \
         victoria viktor vincent virginia vitali vitaly vivian vladimir vladislav \
         volodymyr walter wang wayne wei wendy wes william willie wolfgang xavier xi \
         yang yaroslav yevgeny yitzhak yosef yoshihide yulia yuri yury zachary zhang",
    )
});

/// Female given names, for "she" to fit (GIVEN_NAMES holds the rest).
pub const FEMALE: &[&str] = &[
    "abigail",
    "aisha",
    "alexandra",
    "alice",
    "alicia",
    "alina",
    "alison",
    "amanda",
    "amelia",
    "amy",
    "ana",
    "andrea",
    "angela",
    "anita",
    "ann",
    "anna",
    "anne",
    "annalena",
    "annette",
    "ashley",
    "audrey",
    "barbara",
    "beata",
    "beth",
    "betty",
    "bianca",
    "brenda",
    "camilla",
    "carla",
    "carmen",
    "carol",
    "caroline",
    "catherine",
    "charlotte",
    "cheryl",
    "christina",
    "christine",
    "claire",
    "clara",
    "claudia",
    "cynthia",
    "daniela",
    "danielle",
    "deborah",
    "denise",
    "diana",
    "diane",
    "donna",
    "elena",
    "elizabeth",
    "ellen",
    "emily",
    "emma",
    "esther",
    "eva",
    "fatima",
    "fiona",
    "gabriela",
    "giorgia",
    "gloria",
    "grace",
    "hannah",
    "heather",
    "helen",
    "helena",
    "hillary",
    "ingrid",
    "irina",
    "isabel",
    "jacqueline",
    "jane",
    "janet",
    "jen",
    "jennifer",
    "jessica",
    "jill",
    "joan",
    "judith",
    "julia",
    "julie",
    "kamala",
    "karen",
    "kate",
    "katherine",
    "kathleen",
    "kathy",
    "kristen",
    "laura",
    "lauren",
    "linda",
    "lisa",
    "liz",
    "lucia",
    "lucy",
    "margaret",
    "maria",
    "marie",
    "marina",
    "marta",
    "martha",
    "mary",
    "maya",
    "megan",
    "melissa",
    "michelle",
    "monica",
    "nadia",
    "nancy",
    "natalia",
    "nicole",
    "nikki",
    "nina",
    "olena",
    "olga",
    "olivia",
    "pamela",
    "patricia",
    "paula",
    "priya",
    "rachel",
    "rebecca",
    "rosa",
    "ruth",
    "samantha",
    "sandra",
    "sara",
    "sarah",
    "sharon",
    "sofia",
    "sophie",
    "stephanie",
    "susan",
    "svetlana",
    "tanya",
    "teresa",
    "ursula",
    "valentina",
    "vera",
    "victoria",
    "wendy",
    "yasmin",
    "yulia",
    "zoe",
    "christine",
];

/// Words that mark a building named after someone ("Hotel President Wilson").
pub const BUILDINGS: &[&str] = &[
    "hotel",
    "street",
    "avenue",
    "square",
    "airport",
    "station",
    "bridge",
    "park",
    "hall",
    "center",
    "centre",
    "building",
    "tower",
    "palace",
    "stadium",
    "school",
    "university",
    "college",
    "hospital",
    "museum",
    "library",
    "lake",
    "mount",
    "fort",
    "camp",
    "port",
    "boulevard",
];

/// Words that make a capitalised subject of a verb of saying an
/// organisation ("the State Department said", "the Kremlin said").
pub const ORG_HEADS: &[&str] = &[
    "department",
    "house",
    "kremlin",
    "pentagon",
    "ministry",
    "office",
    "agency",
    "council",
    "commission",
    "committee",
    "government",
    "administration",
    "police",
    "army",
    "court",
    "embassy",
    "bank",
    "union",
    "nato",
    "company",
    "spokesperson",
];

/// News agencies, outlets, pollsters and fact-checkers that speak as a
/// body under a one-word name ("Reuters reported", "PolitiFact says").
pub static NEWS_BODIES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "reuters ap afp bloomberg politifact politico cnn msnbc nbc abc cbs fox npr bbc pbs \
         c-span axios breitbart huffpost huffpollster buzzfeed vox slate salon propublica \
         gallup pew rasmussen quinnipiac ipsos yougov marist monmouth factcheck.org \
         snopes wikileaks tass ria interfax xinhua kyodo yonhap haaretz al-jazeera \
         newsweek newsmax mediaite vulture variety",
    )
});

/// Words a name after which is no subject.
pub const PREPOSITIONS: &[&str] = &[
    "of", "under", "with", "to", "by", "for", "from", "against", "about", "at", "on", "in", "than",
    "like", "as", "into", "over", "behind", "toward", "towards", "between",
];
