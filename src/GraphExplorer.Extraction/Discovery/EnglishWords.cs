using System.Collections.Frozen;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// English words that, capitalised, still read as ordinary words rather than names: function words and sentence
/// starters, business and technology nouns met in headings, person titles and common first names. Written from general
/// knowledge of English, not from any corpus.
/// </summary>
internal static class EnglishWords
{
    /// <summary>Words that are ordinary English (compared case-insensitively).</summary>
    public static readonly FrozenSet<string> Common = Split("""
        a an the this that these those there here it its it's we our us you your they their them he she his her i my me
        and or but nor so yet if then else when while where which who whom whose what why how whether because since
        although though unless until after before during about above below under over into onto from with without within
        of in on at by for to as via per than like upon across along among around between beyond through throughout toward
        towards against despite except including instead not no yes all any some many much more most few less least other
        others another each every both either neither such same own only also just even still already again ever never
        always often sometimes now today tomorrow yesterday soon later first second third last next new old early late
        recently currently finally however therefore thus hence meanwhile moreover furthermore besides overall indeed
        perhaps maybe likely unlikely reportedly rumored rumoured allegedly apparently clearly notably similarly likewise
        instead otherwise rather quite very too really one two three four five six seven eight nine ten hundred thousand
        million billion trillion is are was were be been being am do does did done doing have has had having will would
        shall should can could may might must need needs let lets make makes made get gets got use uses used using
        see says said say according note notes notably key main major big large small top leading best better good great
        high low full free open public private local global general special common real true false part whole total
        market markets industry industries company companies business businesses startup startups firm firms team teams
        product products model models service services platform platforms tool tools app apps application applications
        system systems solution solutions data cloud chip chips compute computing hardware software infrastructure
        research lab labs study report reports analysis overview summary introduction background conclusion conclusions
        outlook trend trends landscape map ecosystem layer layers stack segment segments sector sectors category
        categories case cases example examples figure table chart source sources reference references appendix section
        chapter part step steps stage stages phase round rounds series funding investment investments investor investors
        fund funds capital valuation revenue revenues growth price prices pricing cost costs profit users user customer
        customers client clients partner partners partnership competition competitor competitors rival rivals deal deals
        acquisition acquisitions merger strategy strategies vision mission value values impact risk risks challenge
        challenges opportunity opportunities future history today's generative artificial intelligence machine learning
        deep neural network networks language languages vision speech image images video videos audio music text code
        search chat assistant assistants agent agents copilot bot bots robot robots robotics autonomous driving
        enterprise enterprises consumer consumers developer developers engineer engineers open-source opensource source
        closed api apis sdk inference training fine-tuning finetuning benchmark benchmarks performance accuracy quality
        speed scale scaling parameters parameter tokens token context window memory storage network security privacy
        safety alignment ethics policy policies regulation regulations law laws government governments country countries
        world region regions china chinese us usa american europe european asia asian japan japanese korea korean india
        north south east west central international national domestic overseas foreign
        ceo cto cfo coo cso founder founders cofounder co-founder chairman president director head chief executive
        officer scientist researcher professor dr mr mrs ms sir vp manager partner analyst analysts author authors editor
        monday tuesday wednesday thursday friday saturday sunday january february march april june july august
        september october november december q1 q2 q3 q4 h1 h2 fy
        yes no ok okay note tip warning important update updates news press release blog post article paper papers
        why now what's who's how-to faq pros cons pro con plus max mini lite ultra basic standard premium
        inc inc. ltd ltd. llc corp corp. co co. group
        """);

    /// <summary>
    /// Words after which a capitalised name is a person: titles and roles (<c>CEO Sam Altman</c>, <c>founder X</c>).
    /// </summary>
    public static readonly FrozenSet<string> PersonTitles = Split("""
        ceo cto cfo coo cso cpo founder founders cofounder co-founder chairman chairwoman president director chief
        executive officer scientist researcher professor prof prof. dr dr. mr mr. mrs mrs. ms ms. sir lord vp manager
        head analyst investor-founder partner engineer author editor journalist reporter
        """);

    /// <summary>
    /// Common given names (of people prominent in the industry and generally): a capitalised pair starting with one is
    /// a person, not a company (<c>Sam Altman</c>, <c>Ian Goodfellow</c>).
    /// </summary>
    public static readonly FrozenSet<string> GivenNames = Split("""
        aaron adam adrian alan albert alex alexander alexandr alexandra ali alice allen amanda amy andrea andrej andrew
        andy angela anna anne anthony arthur ashley barbara ben benjamin bill bob brad brian bruce carl carlos carol
        catherine charles charlie chris christian christina christopher claire colin dan daniel daniela dario dave david
        demis dennis diana donald doug douglas ed edward elizabeth ellen elon emily emma eric erik evan fei-fei frank
        gary geoffrey george gerald grace greg gregory hannah harry helen henry ian ilya isaac jack jacob james jan jane
        jason jeff jeffrey jennifer jensen jeremy jerry jessica jim jimmy joe john johnny jon jonathan jordan joseph josh
        joshua julia julian justin karen kate katherine kathy keith kevin kim larry laura lauren lee leo linda lisa liz
        louis lucas luke marc marcus margaret maria mark martin mary matt matthew max michael michelle mike mira
        mustafa nancy nat nathan neil nicholas nick noam oliver oriol pat patrick paul peter phil philip rachel ralph
        ray reid richard rick rob robert robin ron ronald ross ryan sam samuel sarah satya scott sean sebastian sergey
        shane simon stephen steve steven sundar susan thomas tim timothy tom tony travis victor vincent vinod walter
        wayne william yann yoshua yuval zach
        """);

    /// <summary>
    /// The last words of Latin company names (<c>Thrive Capital</c>, <c>Zephyrix Labs</c>,
    /// <c>Lightspeed Venture Partners</c>, <c>Physical Intelligence</c>).
    /// </summary>
    public static readonly FrozenSet<string> CompanySuffixes = Split("""
        capital ventures venture partners labs lab collective ai technologies technology tech inc inc. corp corp. corporation
        company co. ltd ltd. llc gmbh group holdings systems robotics intelligence research studios networks
        semiconductor semiconductors computing dynamics foundation investments fund management bank securities
        electronics analytics health therapeutics biosciences energy motors automotive devices instruments microsystems works
        """);

    /// <summary>
    /// Cities, regions and countries written in English, and the adjectives of peoples: places are not players (<c>a Boston startup</c>,
    /// <c>Helsinki-based</c>, <c>a Danish wind developer</c>). Written from general knowledge of geography.
    /// </summary>
    public static readonly FrozenSet<string> Places = Split("""
        boston london paris berlin munich helsinki stockholm oslo copenhagen amsterdam zurich geneva dublin madrid barcelona
        rome milan vienna prague warsaw toronto montreal vancouver seattle austin chicago denver atlanta miami dallas houston
        york new san francisco diego jose los angeles brooklyn manhattan california texas washington virginia massachusetts silicon valley bay area palo alto menlo
        mountain view sunnyvale cupertino redmond singapore tokyo osaka seoul beijing shanghai shenzhen hangzhou hong kong taipei
        bangalore bengaluru mumbai delhi dubai riyadh dammam doha abu dhabi tel aviv israel europe asia africa america
        china japan korea india france germany britain england canada australia brazil uae emirates qatar saudi arabia
        memphis nashville detroit pittsburgh philadelphia portland oregon ohio arizona georgia utah iowa nevada jeddah jakarta
        kuala lumpur bangkok hanoi manila taiwan finland sweden norway denmark netherlands switzerland spain italy poland ireland
        glasgow edinburgh manchester leeds bristol cambridge oxford birmingham liverpool sheffield belfast cardiff rotterdam
        hamburg frankfurt cologne stuttgart lyon marseille toulouse brussels antwerp lisbon porto krakow kraków gdansk budapest
        bucharest athens istanbul ankara cairo lagos nairobi johannesburg sydney melbourne auckland seoul busan kyoto nagoya
        chengdu wuhan nanjing suzhou guangzhou xian tianjin chongqing hefei ottawa calgary tucson sacramento
        oakland berkeley raleigh minneapolis baltimore cleveland
        danish swedish norwegian finnish dutch german french british english irish scottish welsh spanish italian polish swiss
        austrian belgian european american canadian mexican brazilian chinese japanese korean indian israeli emirati saudi qatari
        singaporean indonesian malaysian thai vietnamese taiwanese australian african asian nordic
        """);

    /// <summary>
    /// Words that never start or continue a name, capitalised or not: articles, prepositions, pronouns, auxiliaries and
    /// the participles that introduce a maker or base (<c>Powered by</c>, <c>Backed by</c>).
    /// </summary>
    public static readonly FrozenSet<string> FunctionWords = Split("""
        the a an this that these those and or but nor so if then when while which who whose what with without within of in on at by for to as via from into onto upon over under after before since during about its their our his her my your we they it he she is are was were be been has have had will would can could may might must shall should do does did also not no all any some every each both such only just even still now today using like powered powerby built based backed led run owned
        """);

    /// <summary>Answers filling a table's cells (<c>| BGE-M3 | 智源研究院 | Yes |</c>): never a name, even capitalised.</summary>
    public static readonly FrozenSet<string> Answers = Split("yes no none true false unknown tbd n/a na partial both neither");

    /// <summary>Months and weekdays: a capitalised one after a name is a date, not part of it (<c>Microsoft March</c>).</summary>
    public static readonly FrozenSet<string> Dates = Split("""
        january february march april may june july august september october november december jan feb mar apr jun jul aug
        sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
        """);

    private static FrozenSet<string> Split(string words) =>
        words.Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
