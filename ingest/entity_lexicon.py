"""Word lists the entity rules read: organisation suffixes, titles before a person's
name, award and document words, department words, product words and the like.

Plain sets of words, no logic; the regular expressions built from words live in
:mod:`ingest.entity_patterns`.
"""

from __future__ import annotations

ORG_SUFFIXES = {
    "AI",
    "Labs",
    "Lab",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Technologies",
    "Research",
    "Institute",
    "Systems",
    "Group",
    "Ltd",
    "LLC",
    "Holdings",
    "Capital",
    "Ventures",
    "University",
    "Foundation",
    "Intelligence",
    "Partners",
    "Robotics",
    "PBC",
    "SAS",
    "GmbH",
    "AG",
    "PLC",
    "plc",
    "Ltd.",
    "LLP",
}


MODEL_HEAD_NOUNS = {
    "feature",
    "tool",
    "model",
    "models",
    "framework",
    "agent",
    "chatbot",
    "assistant",
    "system",
    "LLM",
}


AWARD_WORDS = {
    "Award",
    "Awards",
    "Prize",
    "Medal",
    "Act",
    "Conference",
    "Summit",
    "Day",
    "Week",
    # laws and documents, not bodies ("the Digital Services Act", "an Executive Order")
    "Regulation",
    "Directive",
    "Policy",
    "Bill",
    "Amendment",
    "Order",
    "Guidelines",
    "Principles",
    "Treaty",
    "Plan",
    "Report",
    "Strategy",
    "Process",
    "Challenge",
    "Declaration",
    "Charter",
    "Pact",
    "Accord",
    "Agreement",
    "Roadmap",
    "Blueprint",
    "Framework",
    "Hearing",
    "Expo",
    "Show",
    "Festival",
    "Hackathon",
    "Keynote",
    "Championship",
}


# honorifics: a name they open is a person's ("Mr. Clarke", "Sen. Jane Roe")
HONORIFICS = frozenset(
    {"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Sen.", "Rep.", "Gov.", "Prof."}
)


# office and newsroom titles a sentence may open a person's name with ("Managing Editor
# Jane Roe", "Majority Whip Jane Roe"), beside ``data/role_nouns.txt`` and TITLE_WORDS
OFFICE_NOUNS = frozenset(
    {"editor", "reporter", "correspondent", "whip", "speaker", "officer", "leader", "counsel"}
)


# roles an organisation gives its people: "Quorvane chief executive Jane Roe", "former
# Zentrix engineer Jane Roe" name the employer before the role (unlike "billionaire" or
# "critic", which say nothing of one)
EMPLOYEE_ROLES = frozenset(
    {
        "ceo",
        "cto",
        "cfo",
        "coo",
        "evp",
        "svp",
        "vp",
        "founder",
        "co-founder",
        "cofounder",
        "chief",
        "executive",
        "exec",
        "president",
        "chair",
        "chairman",
        "chairwoman",
        "director",
        "head",
        "manager",
        "lead",
        "engineer",
        "researcher",
        "scientist",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "counsel",
        "lawyer",
        "attorney",
        "analyst",
        "economist",
        "employee",
        "staffer",
        "partner",
        "fellow",
        "officer",
        "editor",
        "reporter",
        "correspondent",
        "columnist",
        "strategist",
        "designer",
        "programmer",
        "technologist",
        "ethicist",
        "professor",
    }
)


# titles and honorifics before a person's name ("Professor Emeritus Jane Roe",
# "U.S. Magistrate Judge Ann Poe"): not part of the name
TITLE_WORDS = {
    "Professor",
    "Prof.",
    "Emeritus",
    "Emerita",
    "Distinguished",
    "Associate",
    "Assistant",
    "Dr.",
    "Dr",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Judge",
    "Magistrate",
    "Justice",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Sir",
    "Dame",
    "Lord",
    "President",
    "Chancellor",
    "Minister",
    "Secretary",
    "Commissioner",
    "Governor",
    "Mayor",
    "Chairman",
    "Chairwoman",
    "Chief",
    "District",
    "Former",
    "CEO",
    "CTO",
    "Founder",
    "Co-founder",
    "Cofounder",
    "Director",
    "Executive",
    "Spokesperson",
    "Spokeswoman",
    "Spokesman",
    "Analyst",
    "Economist",
    "Researcher",
    "Scientist",
    "Attorney",
    "General",
    "U.S.",
    "US",
    "Vice",
    "Deputy",
    "Ayatollah",
    "Pope",
    "Rabbi",
    "Imam",
    "Sheikh",
    "Reverend",
    "Rev.",
}


NAME_PARTICLES = {"de", "van", "von", "der", "den", "del", "da", "di", "al", "bin", "le", "la"}


# legal forms after a company's name: "Alibaba Group" is Alibaba
CORPORATE_FORMS = {
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Group",
    "Holdings",
    "Ltd",
    "Ltd.",
    "LLC",
    "PLC",
    "Co.",
    "Platforms",
    "Technologies",
    "PBC",
    "SAS",
    "GmbH",
    "AG",
    "plc",
    "LLP",
}


# words of a court's own name ("the Delaware Court of Chancery" also has a place's)
COURT_WORDS = frozenset(
    {
        "U.S.",
        "US",
        "District",
        "Circuit",
        "Supreme",
        "Federal",
        "High",
        "Superior",
        "Appellate",
        "Appeals",
        "County",
        "State",
        "Crown",
        "Magistrates",
        "Constitutional",
        "Regional",
        "International",
        "Criminal",
        "Civil",
        "Family",
        "Bankruptcy",
        "Tax",
        "Claims",
        "Commercial",
        "Labour",
        "Labor",
        "General",
        "European",
        "Chancery",
    }
)


COURT_SKIP_FIRST = {
    "The",
    "A",
    "An",
    "In",
    "At",
    "On",
    "For",
    "From",
    "By",
    "With",
    "Then",
    # counts of its judges: "Two Supreme Court justices"
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Both",
    "Several",
    "Many",
    "Some",
    "All",
    "Most",
}


NOT_ORG_WORDS = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "AI",
    "US",
    "UK",
    "Former",
    "New",
    "Chief",
    "Senior",
    "Company",
    "Then",
    "When",
    "While",
}


# a department, not an organisation: "head of Global Affairs", "VP of Product"
DEPARTMENT_WORDS = {
    "Global",
    "Affairs",
    "Public",
    "Policy",
    "Government",
    "Relations",
    "Engineering",
    "Research",
    "Product",
    "Products",
    "Communications",
    "Comms",
    "Operations",
    "Sales",
    "Marketing",
    "Safety",
    "Security",
    "Trust",
    "AI",
    "Technology",
    "Strategy",
    "Legal",
    "Design",
    "Partnerships",
    "Business",
    "Development",
    "Growth",
    "Finance",
    "Staff",
    "Data",
    "Science",
    "Platform",
    "Infrastructure",
    "Applied",
    "Alignment",
    "Preparedness",
    "Consumer",
    "Enterprise",
    "Hardware",
    "Software",
    "Devices",
    "Search",
    "Ads",
    "People",
    "&",
    "and",
    "of",
    "the",
    "Machine",
    "Learning",
    "Generative",
    "Frontier",
    "Models",
    "Superintelligence",
    "Innovation",
    "Digital",
    "Content",
    "News",
    "Editorial",
    "Video",
}


RENAME_STOP = {"The", "A", "An", "It", "Its", "This", "That", "In", "On", "Now", "He", "She"}


# unions of states: entities where they act ("the EU fined Apple"), places where they
# only modify a noun ("EU regulations", "the EU's executive body")
MODIFIER_ONLY = {"European Union"}


# government portfolios in a title: "Commerce Secretary", "Foreign Minister"
OFFICE_TITLES = {
    "Secretary",
    "Minister",
    "Commissioner",
    "Ambassador",
    "Undersecretary",
    "Czar",
    "czar",
}


# last words that name a place of business or a product, never a person's surname
# last words of the names of places that govern themselves ("Hepburn Shire", "Marin
# County"): the place, which no person's or company's name ends in
REGION_HEADS = {
    "Shire",
    "County",
    "Province",
    "Prefecture",
    "Borough",
    "Township",
    "Municipality",
    "Oblast",
    "Canton",
    "Parish",
}

PLACE_HEADS = {
    "Store",
    "Studios",
    "Studio",
    "Records",
    "Pictures",
    "Games",
    "Bank",
    "Fund",
    "Cloud",
    "Hub",
    "Market",
    "Marketplace",
    "Network",
    "Networks",
    "Media",
    "News",
    "LLP",
    "PC",
}


# product words after a company's name: "Microsoft Teams", "Google Docs", "Apple Watch"
# common nouns for what a company makes or sells: a name that modifies one after a
# known company's name ("Nvidia Blackwell chips") is a product line, not another company
PRODUCT_NOUNS = {
    "chip",
    "chips",
    "gpu",
    "gpus",
    "processor",
    "processors",
    "accelerator",
    "accelerators",
    "software",
    "app",
    "apps",
    "device",
    "devices",
    "phone",
    "phones",
    "headset",
    "headsets",
    "glasses",
    "car",
    "cars",
    "vehicle",
    "vehicles",
    "robot",
    "robots",
    "server",
    "servers",
    "feature",
    "features",
    "subscription",
    "subscriptions",
    "assistant",
    "chatbot",
    "chatbots",
    "character",
    "characters",
    "bot",
    "bots",
    "agent",
    "agents",
    "tool",
    "tools",
    "model",
    "models",
    "hardware",
    "system",
    "systems",
    "platform",
}

PRODUCT_WORDS = {
    "Teams",
    "Word",
    "Excel",
    "Outlook",
    "Office",
    "PowerPoint",
    "Edge",
    "Docs",
    "Sheets",
    "Slides",
    "Drive",
    "Maps",
    "Photos",
    "Translate",
    "Search",
    "Lens",
    "Pixel",
    "Nest",
    "Home",
    "Watch",
    "Vision",
    "Echo",
    "Prime",
    "Kindle",
    "Fire",
    "Music",
    "TV",
    "Pay",
    "Wallet",
    "Glass",
    "Glasses",
    "Quest",
    "Messenger",
    "Keyboard",
    "Chromebook",
    "Surface",
    "Xbox",
    "Autopilot",
    "Model",
}


# a title's written forms before a name: "the senator" is the person written "Sen. X"
TITLE_FORMS = {
    "senator": ("Sen.", "Senator"),
    "representative": ("Rep.", "Representative"),
    "congressman": ("Rep.", "Congressman"),
    "congresswoman": ("Rep.", "Congresswoman"),
    "governor": ("Gov.", "Governor"),
    "professor": ("Prof.", "Professor"),
    "judge": ("Judge",),
    "justice": ("Justice",),
    "doctor": ("Dr.",),
    "minister": ("Minister",),
    "commissioner": ("Commissioner",),
    "chancellor": ("Chancellor",),
    "president": ("President",),
}


# one office under its other names ("the Zentrix CEO" after "Zentrix chief executive
# Jane Roe"), keyed by the head word a phrase ends in, lower case
OFFICE_FORMS = {
    "ceo": ("chief executive", "chief executive officer"),
    "executive": ("CEO", "chief executive officer"),  # "chief executive"
    # "Anthropic's chief says", "the Quorvane boss said": its chief executive
    "chief": ("chief executive", "CEO", "chief executive officer"),
    "boss": ("chief executive", "CEO", "chief executive officer"),
    "cto": ("chief technology officer", "chief technical officer"),
    "cfo": ("chief financial officer",),
    "coo": ("chief operating officer",),
    "chairman": ("chair", "chairwoman", "chairperson"),
    "chair": ("chairman", "chairwoman", "chairperson"),
    "chairwoman": ("chair", "chairperson"),
}


# first words of hardware and app lines whose editions take a model's variant word:
# "MacBook Pro", "Galaxy Ultra", "Mac Mini", "Facebook Lite" are no AI models
DEVICE_LINES = frozenset(
    {
        "iPhone",
        "iPad",
        "MacBook",
        "Mac",
        "iMac",
        "AirPods",
        "Galaxy",
        "ThinkPad",
        "PlayStation",
        "Switch",
        "Apple",
        "Fitbit",
        "GoPro",
        "Kindle",
        "Roomba",
    }
)


# words that open a clause before a name and that a dictionary of content words lacks
CLAUSE_OPENERS = frozenset(
    {
        "although",
        "though",
        "unlike",
        "while",
        "when",
        "after",
        "before",
        "because",
        "if",
        "as",
        "since",
        "until",
        "whereas",
        "like",
        "meanwhile",
        "but",
        "and",
        "so",
        "yet",
    }
)


FUNCTION_WORDS = {
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "by",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "is",
    "are",
    "was",
    "were",
    "be",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "shall",
    "says",
    "said",
    "new",
    "first",
    "never",
    "not",
    "no",
    "how",
    "why",
    "what",
}


# what a company has and a person has not: "Quorvane's chief executive", "shares of
# Quorvane", "analysts at Quorvane", "a Quorvane engineer"
COMPANY_PARTS = frozenset(
    {
        "shares",
        "stock",
        "shareholders",
        "investors",
        "customers",
        "clients",
        "analysts",
        "employees",
        "employee",
        "engineers",
        "engineer",
        "researchers",
        "researcher",
        "staff",
        "staffer",
        "staffers",
        "executives",
        "executive",
        "board",
        "users",
        "subsidiary",
        "headquarters",
        "ceo",
        "cto",
        "cfo",
        "chief",
        "founder",
        "founders",
        "co-founder",
        "cofounder",
        "spokesperson",
        "spokeswoman",
        "spokesman",
        "revenue",
        "valuation",
        "chips",
        "servers",
        "products",
        "platform",
        "app",
        "unit",
        "division",
        "boss",
    }
)

# heads of institutions named by their mission ("the Coalition for Fair Training Data",
# "the Ministry of Digital Affairs")
MISSION_HEADS = frozenset(
    {
        "Coalition",
        "Alliance",
        "Foundation",
        "Institute",
        "Center",
        "Centre",
        "Council",
        "Committee",
        "Commission",
        "Ministry",
        "Department",
        "Office",
        "Bureau",
        "Agency",
        "Authority",
        "Association",
        "Society",
        "Federation",
        "Consortium",
        "Forum",
        "Guild",
        "Academy",
        "University",
        "College",
        "League",
        "Union",
        "Campaign",
        "Partnership",
        "Initiative",
        "Fund",
    }
)

INSTITUTION_HEADS = {
    "Commission",
    "Committee",
    "Court",
    "Agency",
    "Council",
    "Department",
    "Ministry",
    "University",
    "Institute",
    "Foundation",
    "Parliament",
    "Senate",
    "Authority",
    "Office",
    "Board",
    "Lab",
    "Labs",
}

# legal forms written short: a company named with one alone ("Quorvane Inc.") is named
# without it ("Corporation" and "Company" are often part of the name itself)
ABBREVIATED_LEGAL_FORMS = {
    "Inc.",
    "Inc",
    "Corp.",
    "Corp",
    "Ltd.",
    "Ltd",
    "LLC",
    "LLP",
    "PLC",
    "plc",
    "GmbH",
    "AG",
    "S.A.",
    "SAS",
}

# a nation's abbreviation before an institution's name ("the U.S. Federal Trade
# Commission"): the same institution as the name without it
NATIONAL_PREFIXES = {"U.S.", "US", "U.K.", "UK", "EU", "E.U."}

# the kind of an organisation the gazetteer does not list, read from the last word of
# its name ("Lakeview University" is a university); others are companies.  Kinds are
# organizations.tsv's; "the university said" refers back by them.
KIND_BY_NAME_HEAD = {
    "University": "university",
    "College": "university",
    "Commission": "government",
    "Agency": "government",
    "Ministry": "government",
    "Department": "government",
    "Authority": "government",
    "Regulator": "government",
    "Foundation": "other",
    "Institute": "other",
    "Coalition": "other",
    "Alliance": "other",
    "Association": "other",
    "Union": "other",
    "Society": "other",
    "Council": "other",
    "Center": "other",
    "Centre": "other",
    "Initiative": "other",
    "Project": "other",
    "Times": "publication",
    "Post": "publication",
    "Journal": "publication",
    "Gazette": "publication",
    "Tribune": "publication",
    "Herald": "publication",
}


# last words of organisations' names that no person's name ends in ("the Open Source
# Initiative said"): a speaking name ending so is no person
COLLECTIVE_HEADS = {
    "PAC",
    "Initiative",
    "Project",
    "Alliance",
    "Coalition",
    "Network",
    "Networks",
    "Fund",
    "Forum",
    "Society",
    "Association",
    "Union",
    "Consortium",
    "Partnership",
    "Collective",
    "Trust",
    "Campaign",
    "Partners",
    "Capital",
    "Ventures",
    "Holdings",
    "Media",
    "News",
    "Games",
    "Studios",
    "Software",
    "Robotics",
    "Dynamics",
    "Health",
    "Bank",
    "Motors",
    "Energy",
    "Cloud",
    "Music",
    "Records",
    "Pictures",
    "Press",
    "Books",
}


# legal forms after a company's name: "Nimbus Labs Inc." is Nimbus Labs
LEGAL_FORMS = {
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Ltd",
    "Ltd.",
    "LLC",
    "LLP",
    "PLC",
    "plc",
    "PBC",
    "SAS",
    "SA",
    "S.A.",
    "AG",
    "GmbH",
    "N.V.",
    "Co.",
}


# what a person does to an organisation: "Jane Roe founded Quorvane", "who runs
# Quorvane", "she joined Quorvane in 2021"
PERSON_TO_ORG_VERBS = frozenset(
    {"found", "co-found", "cofound", "run", "head", "join", "leave", "quit", "chair"}
)


# what only organisations do: "Quorvane acquired Brackwell", "Quorvane laid off 200"
COMPANY_DEEDS = frozenset(
    {
        "acquire",
        "merge",
        "lay",
        "list",
        "spin",
        "divest",
        "sell",
        "ship",
        "manufacture",
        "hire",
        "poach",
        "recruit",
        "employ",
    }
)


# what a company makes, that comes "from" it: "models from Quorvane"
COMPANY_GOODS = frozenset(
    {"model", "chip", "product", "software", "hardware", "tool", "service", "app", "device"}
)


# what a company does to a thing, stated in the passive: "chips made by Quorvane"
MADE_BY_COMPANIES = frozenset(
    {"make", "manufacture", "develop", "build", "design", "sell", "operate", "own", "fund"}
)


# what comes from a party that speaks: "a statement from Quorvane"
VOICED_BY = frozenset(
    {
        "statement",
        "spokesperson",
        "spokeswoman",
        "spokesman",
        "representative",
        "email",
        "letter",
        "filing",
        "response",
        "comment",
        "comments",
        "lawsuit",
        "complaint",
    }
)


# what "its" owns that only an organisation owns: "its new model", "its investors"
COMPANY_POSSESSIONS = frozenset(
    {
        "model",
        "models",
        "chip",
        "chips",
        "product",
        "products",
        "investors",
        "employees",
        "staff",
        "shares",
        "stock",
        "executive",
        "ceo",
        "founder",
        "founders",
        "board",
        "customers",
        "revenue",
        "valuation",
        "funding",
        "headquarters",
        "engineers",
        "researchers",
        "lawyers",
        "chatbot",
        "app",
        "platform",
        "subsidiary",
        "rivals",
    }
)


# what is done to organisations, not people: "was founded", "is valued at"
DONE_TO_COMPANIES = frozenset(
    {
        "found",
        "co-found",
        "cofound",
        "incorporate",
        "headquarter",
        "value",
        "acquire",
        "list",
        "fine",
    }
)

# the word a newspaper's name ends with, by which the article may name it alone ("the
# Times", "the Gazette")
PUBLICATION_WORDS = {
    "Times",
    "Journal",
    "Post",
    "Guardian",
    "Telegraph",
    "Herald",
    "Tribune",
    "Globe",
    "Chronicle",
    "Independent",
    "Review",
    "Economist",
    "Register",
    "Information",
    "Gazette",
    "Ledger",
    "Courier",
    "Inquirer",
    "Dispatch",
    "Sentinel",
}
