package dev.iia.rubric;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every built-in rubric as the records its YAML in src/main/resources/rubrics loads into, made by
 * BuiltInRubricsTest (do not edit; -Diia.rubrics.update=true writes it anew). A run builds its rubric
 * here rather than parse and bind the YAML, which took about 30 ms of every score's start-up.
 */
final class BuiltInRubrics {
    private BuiltInRubrics() {
    }

    /** The rubric {@code name} ({@code iwn}, {@code iwn-2.0}: its resource's name), or null. */
    static Rubric rubric(String name) {
        return switch (name) {
            case "iwn-2.0" -> rubric1();
            case "iwn" -> rubric2();
            default -> null;
        };
    }

    private static Criterion criterion1() {
        return new Criterion(
                "accessible-infrastructure",
                "An accessible infrastructure with a common protocol",
                null,
                "Anyone can join the Internet and reach everyone else because all networks speak one\n"
                        + "common language, the Internet Protocol (IP), and the barriers to connecting are low.\n"
                        + "When joining gets costly, needs permission, or passes through gateways, fewer people\n"
                        + "and networks connect and those who do get less out of it.\n",
                "Look for anything that makes connecting or interconnecting more expensive or conditional:\n"
                        + "usage fees, inflated connection charges, licences or approvals to connect, mandatory\n"
                        + "gateways, and rules on where data may flow or be stored. A measure can lower one barrier\n"
                        + "and raise another; record both and say which weighs more for the people affected.\n",
                List.of(
                        new Question(
                                "access-connection-cost",
                                "Does it change the cost for people or networks of connecting to the Internet or of interconnecting with other networks?",
                                "The Internet grew because joining it is cheap: a network pays for its own connection\n"
                                        + "and then reaches everyone. Fees for using other networks, or charges set well above\n"
                                        + "cost, raise the price of joining, and those costs usually end up with users.\n"
                                        + "Rate it negative if costs go up, positive if they come down.\n",
                                new Examples(
                                        "A law letting broadband operators charge content and application providers a fee for delivering traffic to subscribers.",
                                        "A regulation requiring the incumbent to offer access to its international capacity at cost-oriented wholesale prices."),
                                new BigDecimal("1.5")),
                        new Question(
                                "access-permission-to-connect",
                                "Does it add or remove permission, licensing or registration steps that a person or network must complete before connecting to the Internet?",
                                "On the Internet nobody has to ask a central authority before plugging in a new\n"
                                        + "network or device. Each approval step adds delay, cost and a chance of being refused,\n"
                                        + "which keeps small and new players out. Rate it negative if it adds such steps,\n"
                                        + "positive if it removes them.\n",
                                new Examples(
                                        "A rule that every Internet service provider needs ministerial approval for each new upstream connection.",
                                        "A licence exemption that lets small local networks start operating after a simple notification."),
                                null),
                        new Question(
                                "access-common-protocol",
                                "Does it affect whether networks connect to the Internet directly over the common Internet Protocol, rather than through gateways, proxies or closed networks?",
                                "When a network does not use IP end to end, or must reach the rest of the Internet\n"
                                        + "through a translating gateway, only the gateway is really on the Internet and it\n"
                                        + "decides what passes. The people behind it lose direct reach to everything else.\n"
                                        + "Rate it negative if it pushes networks behind gateways, positive if it helps them\n"
                                        + "join directly.\n",
                                new Examples(
                                        "A mandate that all users reach foreign services only through a national proxy that terminates and re-issues their connections.",
                                        "A public procurement rule requiring new government networks and services to support IPv6 as well as IPv4."),
                                null),
                        new Question(
                                "access-data-flow-control",
                                "Does it give a government or any single party more control over where data may flow or be stored, for example through data-localisation rules?",
                                "Data normally travels by whatever path works best and is stored wherever it is\n"
                                        + "served most efficiently. Rules that force data to stay in a country, or to follow\n"
                                        + "approved paths, add cost and make some services unavailable or worse. Rate it\n"
                                        + "negative if it adds such control, positive if it removes it.\n",
                                new Examples(
                                        "A law requiring all personal data of citizens to be stored and processed only on servers inside the country.",
                                        "A trade agreement that lifts blanket restrictions on cross-border data transfers while keeping privacy safeguards."),
                                null)));
    }

    private static Criterion criterion2() {
        return new Criterion(
                "open-architecture",
                "An open architecture of interoperable and reusable building blocks",
                null,
                "The Internet is built from simple, open, layered building blocks (transport, security,\n"
                        + "naming and so on), each defined by open standards that anyone can use. Because the\n"
                        + "blocks interoperate, anyone can build something new on top of them without asking\n"
                        + "permission, and users can adopt or drop a block without re-engineering the network.\n",
                "Look for blocking or degrading of standard protocols, mandated national or proprietary\n"
                        + "variants of open standards, and permission requirements for new applications or\n"
                        + "protocols. Rules that make blocks work differently in one place break interoperability\n"
                        + "everywhere that place connects to.\n",
                List.of(
                        new Question(
                                "architecture-protocol-blocking",
                                "Does it block, degrade or discourage standard Internet protocols and services, such as HTTPS, TLS, encrypted DNS or VPNs, on some networks?",
                                "Applications rely on the same protocols working on every network. If some networks\n"
                                        + "block or tamper with them, applications that work elsewhere fail there, and\n"
                                        + "developers must build special cases. Rate it negative if protocols are blocked or\n"
                                        + "degraded, positive if it protects their use.\n",
                                new Examples(
                                        "An order that operators block all VPN protocols and drop encrypted DNS traffic.",
                                        "A regulation forbidding operators to block or throttle standard encryption and tunnelling protocols."),
                                new BigDecimal("1.5")),
                        new Question(
                                "architecture-unilateral-change",
                                "Does it change a shared building block on its own terms, for example by mandating a national or proprietary variant of an open standard?",
                                "Open standards are agreed among many parties so that everyone's implementations\n"
                                        + "work together. When one government or company changes a block unilaterally, its\n"
                                        + "version no longer works cleanly with everyone else's. Rate it negative for\n"
                                        + "unilateral changes, positive for moves back to common open standards.\n",
                                new Examples(
                                        "A law obliging browsers to trust state-designated certificate authorities regardless of the browsers' own security rules.",
                                        "A government policy to procure only products that implement open, consensus-based Internet standards."),
                                null),
                        new Question(
                                "architecture-permissionless-innovation",
                                "Does it require people or companies to obtain permission before building or deploying new applications, services or protocols on the Internet?",
                                "Most Internet innovations, from the web to video calls, were launched without asking\n"
                                        + "anyone. Prior approval for new services slows innovation, favours incumbents and\n"
                                        + "lets the approver decide what the Internet may be used for. Rate it negative if it\n"
                                        + "adds permission steps, positive if it removes them.\n",
                                new Examples(
                                        "A requirement that every new messaging or voice application be licensed by the regulator before launch.",
                                        "Repealing a rule that required online services to register with the telecom ministry before going live."),
                                null)));
    }

    private static Criterion criterion3() {
        return new Criterion(
                "decentralized-management",
                "Decentralized management and a single distributed routing system",
                null,
                "The Internet is a network of independent networks. Each decides for itself how and\n"
                        + "with whom it interconnects, and they exchange routes with a common protocol (BGP),\n"
                        + "with no central point of control. This lets the network grow locally while staying\n"
                        + "globally connected, and makes it resilient.\n",
                "Look for mandated gateways or exchange points, rules that dictate who must or may not\n"
                        + "interconnect, regulated interconnection payments, and politically motivated cut-offs.\n"
                        + "Central control points scale worse, fail worse, and are easier to misuse.\n",
                List.of(
                        new Question(
                                "routing-central-control",
                                "Does it concentrate routing or interconnection in a central point of control, such as a mandated national gateway or a single required exchange point?",
                                "Traffic on the Internet takes many paths chosen by thousands of operators. Forcing it\n"
                                        + "through a few chosen points creates a hierarchy that is slower to grow, easier to\n"
                                        + "fail, and easy to use for blocking or monitoring. Rate it negative if it centralises,\n"
                                        + "positive if it spreads interconnection out.\n",
                                new Examples(
                                        "A decree that all domestic and international traffic must pass through one government-designated gateway operator.",
                                        "Ending a monopoly on international gateways so that any licensed operator may build its own cross-border links."),
                                new BigDecimal("1.5")),
                        new Question(
                                "routing-interconnection-freedom",
                                "Does it restrict networks' freedom to choose with whom, where and on what terms they interconnect, for example by regulating interconnection payments?",
                                "Networks agree among themselves whether to exchange traffic for free (peering) or to\n"
                                        + "pay for transit, based on what suits both. Rules that fix who pays whom, or forbid\n"
                                        + "some connections, replace these voluntary deals and distort where traffic flows.\n"
                                        + "Rate it negative if it restricts that freedom, positive if it restores it.\n",
                                new Examples(
                                        "A regulation imposing a \"sending party pays\" settlement on traffic exchanged between domestic networks.",
                                        "Removing a rule that forced all domestic traffic exchange through the incumbent, so networks may peer at neutral exchange points."),
                                null),
                        new Question(
                                "routing-network-growth",
                                "Does it hinder or encourage the growth of networks, in number and in size, and the addition of new interconnections?",
                                "A healthy Internet keeps gaining networks, links and routes, which adds capacity and\n"
                                        + "alternatives. Caps on operators, costly conditions on new links or forced removals\n"
                                        + "of connections shrink that web. Rate it negative if it holds growth back, positive\n"
                                        + "if it encourages it.\n",
                                new Examples(
                                        "A cap on the number of operators allowed to run international links.",
                                        "A policy that makes it cheap and quick for new operators to lay fibre and connect at exchange points."),
                                null),
                        new Question(
                                "routing-disconnection",
                                "Could it cut networks, regions or a whole country off from the rest of the Internet, for example through shutdown orders, withdrawn routes or a switch-off of cross-border links?",
                                "Each network decides for itself whom it connects to, and routes flow through many\n"
                                        + "independent paths. A power to order shutdowns or to withdraw a country's routes\n"
                                        + "overrides those decisions from one central point and leaves whole networks\n"
                                        + "unreachable. Rate it negative if it makes such disconnection possible or more likely,\n"
                                        + "positive if it guards against it.\n",
                                new Examples(
                                        "A law obliging operators to be able to isolate the national network from the global Internet on a government order.",
                                        "A regulation that forbids government-ordered network shutdowns and protects operators that keep routes announced."),
                                new BigDecimal("1.5"))));
    }

    private static Criterion criterion4() {
        return new Criterion(
                "global-identifiers",
                "Common global identifiers",
                null,
                "IP addresses and domain names mean the same thing everywhere: one address space and one\n"
                        + "consistent naming system (the DNS under a single root) let any device find and talk to\n"
                        + "any other. Splitting or rewriting these identifiers forces gateways, translation and\n"
                        + "mapping tables, adds cost and friction, and makes the network less useful.\n",
                "Look for alternative roots or registries, DNS rewriting or filtering at resolvers,\n"
                        + "revocation of addresses or names for political reasons, and pressure on the bodies that\n"
                        + "allocate identifiers to depart from their neutral, policy-based processes.\n",
                List.of(
                        new Question(
                                "identifiers-single-namespace",
                                "Does it split or duplicate the global name or number spaces, for example through a national DNS root, a parallel registry or the removal of names from the shared root?",
                                "There is one global DNS root and one coordinated address space, so a name or address\n"
                                        + "points to the same place for everyone. Parallel roots or registries, or deleting a\n"
                                        + "country's names from the root, mean that the same name no longer works the same way\n"
                                        + "everywhere. Rate it negative if it fragments the name spaces, positive if it\n"
                                        + "strengthens their unity.\n",
                                new Examples(
                                        "A law requiring operators to resolve names through a national alternative root that the government can edit.",
                                        "A government commitment to keep its country-code domain in the single global root under the common policy process."),
                                new BigDecimal("1.5")),
                        new Question(
                                "identifiers-dns-tampering",
                                "Does it require or enable altering, filtering or redirecting DNS answers, so that names resolve differently depending on where or through whom you ask?",
                                "When resolvers are made to lie, for example to redirect banned names to a warning\n"
                                        + "page, the same name gives different answers on different networks. Users can no\n"
                                        + "longer rely on names, and they turn to other resolvers or tools, which adds\n"
                                        + "complexity. Rate it negative if it mandates or encourages such tampering, positive\n"
                                        + "if it protects consistent resolution.\n",
                                new Examples(
                                        "An order requiring every ISP to redirect DNS queries for a list of banned domains to a government page.",
                                        "A rule that public resolvers must return unaltered answers and support DNSSEC validation."),
                                null),
                        new Question(
                                "identifiers-allocation",
                                "Does it change who allocates, or may revoke, IP addresses, AS numbers or domain names, or make allocation depend on political criteria?",
                                "Addresses, network numbers and domain names are handed out by regional registries and\n"
                                        + "registries that follow open, community-made policies, not politics. Making them\n"
                                        + "revoke or deny identifiers for political reasons undermines the trust that keeps\n"
                                        + "everyone in the same system. Rate it negative if it politicises or centralises\n"
                                        + "allocation, positive if it protects neutral allocation.\n",
                                new Examples(
                                        "A demand that a regional Internet registry revoke the address space of every network in a given country.",
                                        "A law recognising that address and name allocation follows the registries' open, community-developed policies."),
                                null),
                        new Question(
                                "identifiers-reachability",
                                "Could it make names or addresses stop working from some places, so that they no longer resolve or can no longer be reached, as in a shutdown or a disconnection from the global DNS?",
                                "A global identifier is only useful if it works everywhere. Shutdowns, withdrawn\n"
                                        + "routes or cutting a country off the global DNS leave its names and addresses\n"
                                        + "unreachable for the rest of the world, and the world's for it. Rate it negative if\n"
                                        + "it makes identifiers unreachable or unresolvable in some places, positive if it\n"
                                        + "protects their reach.\n",
                                new Examples(
                                        "An order that a country's resolvers answer only for domestic names during \"emergencies\".",
                                        "A commitment by a registry to keep a country's top-level domain resolving even when its government is sanctioned."),
                                null)));
    }

    private static Criterion criterion5() {
        return new Criterion(
                "general-purpose",
                "A technology-neutral, general-purpose network",
                null,
                "The Internet was not built for any one use, and it does not care what content flows\n"
                        + "over it. That simplicity is why its main uses could shift from file transfer and e-mail\n"
                        + "to the web, social media and streaming, and why it keeps absorbing purpose-built\n"
                        + "networks. Tying it to particular services or traffic types takes that adaptability away.\n",
                "Look for rules that make carriage depend on the content, application or sender, that\n"
                        + "impose service-specific obligations on the network, or that limit which applications may\n"
                        + "run. Ask whether an unforeseen new use would still work without special arrangements.\n",
                List.of(
                        new Question(
                                "neutral-content-specific",
                                "Does it make how traffic is carried, priced or treated depend on its content, application, source or destination?",
                                "A general-purpose network carries all lawful traffic in the same way. If carriage\n"
                                        + "depends on who sends the traffic or what it contains, networks start to favour some\n"
                                        + "services over others, and new services are disadvantaged. Rate it negative if it\n"
                                        + "links carriage to content or sender, positive if it keeps carriage neutral.\n",
                                new Examples(
                                        "A rule that lets operators slow down video from providers that have not paid them a delivery fee.",
                                        "An open-Internet rule forbidding operators to block, throttle or charge extra for lawful applications."),
                                null),
                        new Question(
                                "neutral-service-obligations",
                                "Does it tie the network's design, investment or legal duties to particular services or uses, rather than keeping it general-purpose?",
                                "Obligations written around specific services, such as quality duties for video\n"
                                        + "platforms or network builds designed for one application, treat the Internet like a\n"
                                        + "set of dedicated channels. That can lock in today's uses and make the network less\n"
                                        + "able to adapt. Rate it negative if it does, positive if it removes such ties.\n",
                                new Examples(
                                        "A law making large video platforms responsible for the quality of their service inside operators' networks.",
                                        "A spectrum licence that lets the holder use the band for any service and any technology."),
                                null),
                        new Question(
                                "neutral-new-uses",
                                "Does it make it harder or easier for the network to carry new, unforeseen kinds of applications?",
                                "Many of the Internet's most important uses were not imagined by those who built it.\n"
                                        + "Allow-lists of applications, bans on whole categories of services, or rules that only\n"
                                        + "fit today's services make the next new use harder. Rate it negative if new uses are\n"
                                        + "held back, positive if they are made easier.\n",
                                new Examples(
                                        "A rule that only government-approved applications may be offered over mobile data.",
                                        "Lifting a ban on voice and video calls over Internet applications."),
                                null)));
    }

    private static Section section1() {
        return new Section(
                "exist",
                "What the Internet needs to exist",
                "The five critical properties of the Internet Way of Networking: the technical foundation\n"
                        + "that the tens of thousands of independent networks share when they choose to interconnect\n"
                        + "as \"the Internet\". A proposal that undermines one of them threatens something without which\n"
                        + "the Internet, as we know it, cannot work.\n",
                List.of(
                        criterion1(),
                        criterion2(),
                        criterion3(),
                        criterion4(),
                        criterion5()));
    }

    private static Criterion criterion6() {
        return new Criterion(
                "easy-access",
                "Easy and unrestricted access",
                "open",
                "Anyone can build a network or get online affordably, without artificial barriers such\n"
                        + "as monopolies, restrictive licensing or prior permission. An open Internet is one that\n"
                        + "is easy to join and easy to use.\n",
                "Consider both the supply side (can new networks, including small and community ones, be\n"
                        + "built and run?) and the demand side (can ordinary users afford access and use it without\n"
                        + "extra conditions?). Effects often fall hardest on rural, poor and marginalised users.\n",
                List.of(
                        new Question(
                                "easy-access-new-networks",
                                "Does it make it easier or harder to build and operate new networks, for example through licences, fees, spectrum rules or rights of way?",
                                "New networks, from commercial ISPs to community-run ones, are how access spreads to\n"
                                        + "places incumbents do not serve. Costly licences, reserved markets or unavailable\n"
                                        + "spectrum keep them from starting. Rate it negative if it raises such barriers,\n"
                                        + "positive if it lowers them.\n",
                                new Examples(
                                        "A licensing regime that reserves Internet service provision to one state-controlled operator.",
                                        "A low-cost licence category for non-profit community networks in underserved areas."),
                                null),
                        new Question(
                                "easy-access-affordability",
                                "Does it change how affordable Internet access is for ordinary users?",
                                "Price is the main reason many people stay offline or use the Internet sparingly.\n"
                                        + "Taxes, fees or costs passed through by operators make access dearer; competition,\n"
                                        + "subsidies or lower costs make it cheaper. Rate it negative if access becomes less\n"
                                        + "affordable, positive if more.\n",
                                new Examples(
                                        "A daily tax on using social media apps over mobile data.",
                                        "A universal service programme that subsidises connections for low-income households."),
                                null),
                        new Question(
                                "easy-access-user-conditions",
                                "Does it add or remove conditions that people must meet before going online or using common services, such as identity checks, registration or approval?",
                                "Each condition on getting online, such as showing an ID, registering a device or\n"
                                        + "passing an age check, keeps some people out: those without documents, those who fear\n"
                                        + "being tracked, or those with disabilities the process ignores. Rate it negative if\n"
                                        + "it adds conditions, positive if it removes them or makes access more inclusive.\n",
                                new Examples(
                                        "A requirement to verify a national ID before using any public Wi-Fi network.",
                                        "An accessibility law requiring public-sector websites and apps to work with screen readers."),
                                null)));
    }

    private static Criterion criterion7() {
        return new Criterion(
                "unrestricted-use",
                "Unrestricted use and deployment of Internet technologies",
                "open",
                "Networks and people can freely choose, combine and deploy technologies, equipment,\n"
                        + "devices, software and services, including new ones, without permission. This keeps\n"
                        + "the Internet adaptable and lets innovation come from anywhere.\n",
                "Look for bans or mandates on particular technologies, approval steps for deploying\n"
                        + "new ones, and arrangements that lock users or networks into one provider or vendor.\n"
                        + "Security or safety rules can be legitimate; ask whether they are narrow and\n"
                        + "technology-neutral.\n",
                List.of(
                        new Question(
                                "use-mix-and-match",
                                "Does it change whether networks and people can freely choose and combine technologies, equipment, devices and software?",
                                "Being able to pick any standards-compliant router, phone, operating system or app,\n"
                                        + "and to combine them, is what lets people build what they need. Bans, mandatory\n"
                                        + "products or closed certification schemes narrow that choice. Rate it negative if\n"
                                        + "choice is narrowed, positive if it is widened.\n",
                                new Examples(
                                        "A rule that only equipment certified by a single national laboratory may be connected to any network.",
                                        "Opening a radio band for licence-exempt use by any equipment that meets common technical standards."),
                                null),
                        new Question(
                                "use-deploy-new-tech",
                                "Does it make it harder or easier to deploy new Internet technologies, such as new security protocols, IPv6 or new transport protocols?",
                                "The Internet improves when operators and developers can roll out new protocols as soon\n"
                                        + "as they are ready. If new technologies need approval, are banned by default, or are\n"
                                        + "made pointless by the rule, the Internet stays stuck with older, weaker tools. Rate\n"
                                        + "it negative if deployment gets harder, positive if easier.\n",
                                new Examples(
                                        "A requirement that operators obtain approval before enabling new protocols such as encrypted DNS.",
                                        "A programme that funds and coordinates IPv6 deployment across public networks."),
                                null),
                        new Question(
                                "use-lock-in",
                                "Does it lock users or networks into a particular provider, platform or vendor, or make it easier to switch?",
                                "When people and networks can switch providers and move their data, providers compete\n"
                                        + "and new ones can enter. Mandated platforms, exclusive deals or closed formats tie users\n"
                                        + "to one supplier. Rate it negative if it creates lock-in, positive if it makes switching\n"
                                        + "easier.\n",
                                new Examples(
                                        "A mandate that all citizens access public services through a single company's app store and account system.",
                                        "A rule requiring providers to let users export their data in an open, documented format."),
                                null),
                        new Question(
                                "use-gatekeeping",
                                "Does it concentrate markets or give a few companies or a state gatekeeper more control over which technologies, services or providers people can use?",
                                "An open Internet lets anyone offer a service and reach users without a gatekeeper's\n"
                                        + "consent. Rules that only the largest players can meet, that hand a few operators or\n"
                                        + "platforms a toll on access to users, or that make one provider the required channel,\n"
                                        + "concentrate the market and let a gatekeeper decide who gets through. Rate it\n"
                                        + "negative if it concentrates control, positive if it opens the market.\n",
                                new Examples(
                                        "A fee regime that only the largest access networks can charge, making them the gate to their subscribers.",
                                        "Rules that let users install apps from any source and switch default services freely."),
                                null)));
    }

    private static Criterion criterion8() {
        return new Criterion(
                "collaborative-governance",
                "Collaborative development, management and governance",
                "open",
                "The Internet's standards, operations and policies are developed in open, bottom-up,\n"
                        + "consensus-driven processes in which anyone with a stake can take part: standards\n"
                        + "bodies, regional Internet registries, operator groups and multistakeholder forums.\n"
                        + "That collaboration is how a network with no owner keeps working as one.\n",
                "Look at whether it bypasses or weakens collaborative bodies, replaces voluntary\n"
                        + "cooperation or communities' own rules with top-down control, and whether the decisions\n"
                        + "it sets up leave those affected a say. How the proposal itself was drafted belongs in\n"
                        + "the context, not in the rating.\n",
                List.of(
                        new Question(
                                "governance-multistakeholder",
                                "Does it support or undermine the open, bottom-up, multistakeholder bodies that develop and govern the Internet, such as standards bodies, Internet registries and ICANN?",
                                "These bodies work because their decisions come from open processes that no single\n"
                                        + "government or company controls. Demands that they act outside those processes, or\n"
                                        + "moves to replace them with top-down bodies, weaken them for everyone. Rate it\n"
                                        + "negative if it undermines them, positive if it supports them.\n",
                                new Examples(
                                        "A government demand that the body coordinating the DNS remove another country's domains outside its policy process.",
                                        "Public funding that helps local engineers and civil society take part in Internet standards and registry policy work."),
                                new BigDecimal("1.5")),
                        new Question(
                                "governance-inclusive-decisions",
                                "Does it give the technical community, civil society, business and users a say in how the rules it creates are set, applied and revised, or shut them out of those decisions?",
                                "Rules about the Internet keep fitting how it works when those who build and use it\n"
                                        + "take part in applying and revising them: public consultations on implementing\n"
                                        + "measures, review boards with independent members, sunset clauses that reopen the\n"
                                        + "debate. Rules whose application is decided behind closed doors carry avoidable\n"
                                        + "harm. Rate the lasting decision process the proposal sets up, not how its text\n"
                                        + "was drafted: negative if it shuts stakeholders out, positive if it gives them a\n"
                                        + "real say.\n",
                                new Examples(
                                        "A decree letting a ministry update technical routing rules at will, without any consultation or publication.",
                                        "A regulation requiring every implementing rule to be published in draft, consulted on and reviewed every three years."),
                                null),
                        new Question(
                                "governance-operator-cooperation",
                                "Does it support or undermine voluntary cooperation among network operators, such as community-run exchange points, operator groups and shared incident response?",
                                "Much of the Internet runs on voluntary cooperation: operators meeting at exchange\n"
                                        + "points, sharing information about attacks and coordinating fixes. Replacing that with\n"
                                        + "mandates, or politicising it, erodes the trust it depends on. Rate it negative if it\n"
                                        + "undermines cooperation, positive if it supports it.\n",
                                new Examples(
                                        "A rule that replaces community-run exchange points with a single state-operated exchange.",
                                        "Government support for a neutral, community-managed Internet exchange point."),
                                null),
                        new Question(
                                "governance-self-regulation",
                                "Does it override or undermine the self-governance of Internet communities beyond network operators, such as the rules platforms and online communities set for themselves, open-source projects or the technical community?",
                                "Much of the Internet is governed by those who run its parts: platforms set their own\n"
                                        + "content rules, communities moderate themselves, open-source and standards projects\n"
                                        + "decide their own course. Overriding these with state mandates, or forbidding them,\n"
                                        + "takes governance away from the people closest to the problem. Rate it negative if it\n"
                                        + "overrides such self-governance, positive if it respects or strengthens it.\n",
                                new Examples(
                                        "A law banning platforms from enforcing their own moderation rules against accounts of politicians.",
                                        "A law recognising community-set codes of conduct and supporting independent, multistakeholder oversight of them."),
                                null)));
    }

    private static Criterion criterion9() {
        return new Criterion(
                "unrestricted-reachability",
                "Unrestricted reachability",
                "globally-connected",
                "Users can reach any site, service or network that should reasonably be available to\n"
                        + "them, and can be reached in turn, wherever they are. Blocking, disconnection and\n"
                        + "shutdowns break the promise that the Internet is one global network.\n",
                "Look for blocking and filtering powers, shutdown powers, and decisions that cut networks\n"
                        + "or whole countries off. Consider how precise a measure can be in practice: most blocking\n"
                        + "techniques also catch lawful content, and users work around them.\n",
                List.of(
                        new Question(
                                "reach-blocking",
                                "Does it block, filter or otherwise stop users from reaching sites, services or networks that should reasonably be available to them?",
                                "Blocking makes parts of the Internet invisible from some places. Even targeted\n"
                                        + "blocking often catches lawful content, and it teaches users that links cannot be\n"
                                        + "relied on. Rate it negative if it blocks or filters, positive if it restores or\n"
                                        + "protects access.\n",
                                new Examples(
                                        "Government-mandated DNS filtering of independent news sites.",
                                        "A court ruling that strikes down a blanket website-blocking order."),
                                null),
                        new Question(
                                "reach-disconnection",
                                "Could it cut off or isolate networks, regions or whole countries from the rest of the Internet?",
                                "Shutdowns, disconnection powers and refusals to interconnect take people offline or\n"
                                        + "leave networks unreachable. Beyond the immediate harm, they set precedents that\n"
                                        + "others can follow. Rate it negative if it makes disconnection possible or more\n"
                                        + "likely, positive if it guards against it.\n",
                                new Examples(
                                        "A law empowering a minister to order nationwide Internet shutdowns without judicial review.",
                                        "A statute forbidding network shutdowns and requiring operators to keep customers connected during unrest."),
                                null),
                        new Question(
                                "reach-fragmented-experience",
                                "Does it make services work differently, or not at all, depending on the country or network a user is in, fragmenting the Internet people experience?",
                                "People expect an application, a site or a link to work the same wherever they are.\n"
                                        + "Rules that force services to change, withdraw or split their offer by country mean\n"
                                        + "that users in different places meet different Internets. Rate it negative if it\n"
                                        + "fragments the experience, positive if it keeps services working the same everywhere.\n",
                                new Examples(
                                        "A rule that makes a messaging service leave the country or ship a separate, restricted version for it.",
                                        "A cross-border agreement that lets services offer the same features in every participating country."),
                                null)));
    }

    private static Criterion criterion10() {
        return new Criterion(
                "available-capacity",
                "Available capacity",
                "globally-connected",
                "There is enough affordable capacity, in backbones, cross-border links, last-mile access,\n"
                        + "exchange points and local caches, for people and organisations to use the Internet as\n"
                        + "they need. Keeping traffic local where possible makes it cheaper, faster and more\n"
                        + "reliable.\n",
                "Look at incentives for investment, at whether traffic can be exchanged and served close\n"
                        + "to users, and at any new chokepoint through which traffic must be funnelled. Costs that\n"
                        + "push content away from local caches, or mandatory gateways, typically reduce capacity.\n",
                List.of(
                        new Question(
                                "capacity-investment",
                                "Does it encourage or discourage investment in infrastructure that adds capacity, such as backbones, cross-border links and last-mile access?",
                                "Capacity grows when many parties can invest and expect a fair return. Rules that\n"
                                        + "raise the cost of building, limit who may build, or take away the incentive to\n"
                                        + "upgrade leave capacity short. Rate it negative if investment is discouraged,\n"
                                        + "positive if it is encouraged.\n",
                                new Examples(
                                        "Exclusive rights for a single operator to land international submarine cables.",
                                        "Rules to \"dig once\", laying open-access ducts whenever roads are built."),
                                null),
                        new Question(
                                "capacity-local-exchange",
                                "Does it help or hinder keeping traffic local, close to users, through exchange points, peering and content caches?",
                                "Traffic that is exchanged at a local exchange point, or served from a cache inside\n"
                                        + "the user's network, is cheaper and faster than traffic hauled across oceans. Measures\n"
                                        + "that make local caches or peering costly push traffic abroad. Rate it negative if\n"
                                        + "local exchange is hindered, positive if it is helped.\n",
                                new Examples(
                                        "Interconnection fees that lead a large content provider to serve local users from servers abroad.",
                                        "Support for a neutral local exchange point where networks and content providers can peer."),
                                null),
                        new Question(
                                "capacity-bottlenecks",
                                "Does it create or remove chokepoints through which traffic must be funnelled?",
                                "When traffic must pass through a few links or facilities, their capacity becomes the\n"
                                        + "limit for everyone, and congestion follows. Rate it negative if it creates\n"
                                        + "chokepoints, positive if it removes them.\n",
                                new Examples(
                                        "Funnelling all international traffic through one state-run gateway.",
                                        "Licensing additional cable landing stations and cross-border links."),
                                null),
                        new Question(
                                "capacity-performance",
                                "Does it degrade or improve the performance or quality people get from the Internet, such as speed, latency and reliable delivery, for example through throttling, longer routes or congested links?",
                                "Capacity is felt as quality: pages that load fast, calls that do not break up. When\n"
                                        + "traffic is throttled, hauled abroad or squeezed through congested links, people get\n"
                                        + "a slower, worse Internet even if it still works. Rate it negative if performance or\n"
                                        + "quality gets worse, positive if it improves.\n",
                                new Examples(
                                        "Interconnection fees that lead a content provider to route a country's users through a distant, congested link.",
                                        "A local cache programme that brings popular content within the country's networks."),
                                null)));
    }

    private static Criterion criterion11() {
        return new Criterion(
                "data-confidentiality",
                "Data confidentiality of information, devices and applications",
                "secure",
                "Communications and stored data can be read only by the people they are meant for.\n"
                        + "Strong encryption, including end-to-end encryption, is the main tool for this, and it\n"
                        + "protects everyone: individuals, businesses, journalists, children and governments.\n",
                "Look for anything that weakens encryption, gives third parties access to content, or\n"
                        + "adds mechanisms (scanning software, exceptional access, key escrow, interception points)\n"
                        + "that attackers could also exploit. A measure that keeps encryption \"on\" but reads content\n"
                        + "before it is encrypted still removes confidentiality.\n",
                List.of(
                        new Question(
                                "confidentiality-encryption",
                                "Does it weaken or strengthen the use of strong encryption, including end-to-end encryption, for communications and stored data?",
                                "End-to-end encryption means only the sender and the recipients can read a message,\n"
                                        + "not even the service provider. Rules that require providers to be able to read\n"
                                        + "content, in whatever way, force them to weaken or drop it. Rate it negative if\n"
                                        + "encryption is weakened, positive if it is strengthened or protected.\n",
                                new Examples(
                                        "A law requiring messaging services to be able to hand over the plain text of any message on request.",
                                        "Government guidance recommending end-to-end encrypted services for all public bodies and citizens."),
                                new BigDecimal("2")),
                        new Question(
                                "confidentiality-content-access",
                                "Does it require or enable third parties, such as authorities, providers or gateway operators, to access or scan the content of private communications or devices?",
                                "Confidentiality is lost whenever someone other than the intended recipients can see\n"
                                        + "content, whether by interception in the network or by scanning on the device.\n"
                                        + "General or untargeted access weighs more than narrow, judicially authorised access.\n"
                                        + "Rate it negative if it widens such access, positive if it narrows it.\n",
                                new Examples(
                                        "A mandate that messaging apps scan every message on users' phones against a government-supplied list.",
                                        "A law limiting interception to targeted, judicially authorised cases and requiring it to be reported."),
                                null),
                        new Question(
                                "confidentiality-exploitable-access",
                                "Does it add mechanisms, such as backdoors, scanning software, key escrow or interception points, that others could exploit to read data?",
                                "Any way in that is built for one party can be found and used by others: criminals,\n"
                                        + "hostile states or insiders. Every added access point enlarges the attack surface for\n"
                                        + "all users of the system. Rate it negative if it adds such mechanisms, positive if it\n"
                                        + "removes them.\n",
                                new Examples(
                                        "A requirement that all devices sold in the country ship with a government-held decryption key.",
                                        "A decision to close a legacy lawful-interception interface that had no access logging."),
                                null)));
    }

    private static Criterion criterion12() {
        return new Criterion(
                "integrity",
                "Integrity of information, applications and services",
                "secure",
                "Information, applications and services arrive as their authors sent them, not modified,\n"
                        + "injected or redirected along the way, and users can verify that they are genuine.\n"
                        + "Integrity is what lets people trust a web page, a software update or a route.\n",
                "Look for mandated interception or modification of traffic, DNS or route tampering,\n"
                        + "forced trust in certificates, and anything that weakens verification mechanisms such as\n"
                        + "TLS certificates, DNSSEC, RPKI or code signing.\n",
                List.of(
                        new Question(
                                "integrity-tampering",
                                "Does it require or enable modifying, injecting or redirecting traffic or content in transit?",
                                "Anyone in the path of traffic can in principle change it, which is why the Internet\n"
                                        + "increasingly protects data in transit. Mandated interception, injection or redirection\n"
                                        + "undoes that protection and can be abused. Rate it negative if it requires or enables\n"
                                        + "tampering, positive if it makes tampering harder.\n",
                                new Examples(
                                        "A requirement that operators intercept encrypted connections using a government-issued certificate.",
                                        "A rule that all government websites use HTTPS with modern settings."),
                                null),
                        new Question(
                                "integrity-verification",
                                "Does it support or undermine the mechanisms that let users and networks verify that information, names, routes and services are genuine, such as certificates, DNSSEC and RPKI?",
                                "Certificates prove a site is who it claims to be, DNSSEC proves a DNS answer is\n"
                                        + "authentic, and RPKI helps networks reject false routes. Rules that bypass or weaken\n"
                                        + "these leave users unable to tell real from fake. Rate it negative if verification\n"
                                        + "is undermined, positive if it is strengthened.\n",
                                new Examples(
                                        "A mandate forcing browsers to accept certificates from authorities they would otherwise reject.",
                                        "A programme to sign government domains with DNSSEC and publish RPKI records for public networks."),
                                null)));
    }

    private static Criterion criterion13() {
        return new Criterion(
                "reliability",
                "Reliability, resilience and availability",
                "secure",
                "The network and its services keep working, and recover quickly from faults, attacks,\n"
                        + "disasters and disputes. Many routes, many providers and no single points of failure are\n"
                        + "what make the Internet hard to break.\n",
                "Look for new single points of failure or control, reduced diversity of routes and\n"
                        + "providers, and powers or decisions that make interruptions more likely. Concentration\n"
                        + "also creates high-value targets for attackers.\n",
                List.of(
                        new Question(
                                "reliability-single-point",
                                "Does it create or remove single points of failure whose loss would disrupt many users?",
                                "If much of a country's traffic depends on one facility, one operator or one link,\n"
                                        + "a single fault, attack or decision can take everyone offline. Rate it negative if it\n"
                                        + "creates such points, positive if it removes them.\n",
                                new Examples(
                                        "Requiring all traffic to pass through one national gateway operator.",
                                        "Funding a second, independent submarine cable landing for an island country."),
                                null),
                        new Question(
                                "reliability-route-diversity",
                                "Does it reduce or increase the diversity of routes, transit providers and infrastructure that networks can fall back on?",
                                "Networks stay up because, when one path fails, traffic moves to another. Fewer\n"
                                        + "providers or paths means less to fall back on. Rate it negative if diversity falls,\n"
                                        + "positive if it grows.\n",
                                new Examples(
                                        "A ban on buying transit from foreign providers.",
                                        "Licensing rules that let operators connect to several exchange points and upstream providers."),
                                null),
                        new Question(
                                "reliability-service-continuity",
                                "Does it make interruptions of connectivity or services more or less likely, for example through suspension powers or forced withdrawals of providers?",
                                "Availability also depends on rules and decisions: powers to suspend services, orders\n"
                                        + "for providers to leave, or duties that providers may not be able to meet can all\n"
                                        + "cause outages. Rate it negative if interruptions become more likely, positive if\n"
                                        + "less.\n",
                                new Examples(
                                        "A law letting regulators suspend any online service for a loosely defined public-order risk.",
                                        "Requirements for operators to plan for continuity during disasters and to restore service quickly."),
                                null)));
    }

    private static Criterion criterion14() {
        return new Criterion(
                "accountability",
                "Accountability",
                "trustworthy",
                "Those who shape people's experience of the Internet (governments, platforms, operators)\n"
                        + "act under clear rules, openly, and can be held to account through independent oversight\n"
                        + "and redress. Without accountability, powers over the Internet are easily misused.\n",
                "Look at transparency about what is done and why, at independent oversight and the\n"
                        + "right to appeal, and at whether powers are defined narrowly and proportionately or left\n"
                        + "vague. New powers without checks are a recurring harm in Internet-related laws.\n",
                List.of(
                        new Question(
                                "accountability-transparency",
                                "Does it make the actions of those who control networks, content or data more or less transparent to the public?",
                                "People can only judge and challenge what they can see. Secret block lists, secret\n"
                                        + "orders or unpublished criteria reduce transparency; publication duties and\n"
                                        + "transparency reports increase it. Rate it negative if transparency falls, positive\n"
                                        + "if it rises.\n",
                                new Examples(
                                        "A secret list of blocked sites that operators are forbidden to disclose.",
                                        "A duty for authorities to publish every blocking order and the reasons for it."),
                                null),
                        new Question(
                                "accountability-oversight",
                                "Does it provide or remove independent oversight, due process and a route to redress for decisions that affect users and networks?",
                                "Decisions to block, disconnect, scan or collect data should be reviewable by someone\n"
                                        + "independent, and those affected should be able to appeal. Rate it negative if it\n"
                                        + "removes or bypasses such checks, positive if it adds them.\n",
                                new Examples(
                                        "Powers for a ministry to order blocking or disconnection without a court order or a right of appeal.",
                                        "A requirement that any blocking order be approved by a judge and open to appeal by affected parties."),
                                new BigDecimal("1.5")),
                        new Question(
                                "accountability-clear-powers",
                                "Does it define the powers and duties it creates clearly and proportionately, or leave broad, vague discretion that could be used arbitrarily?",
                                "Vague grounds such as \"national security\" or \"social order\", without limits, let\n"
                                        + "powers be used for purposes far beyond the stated aim. Clear, narrow and\n"
                                        + "proportionate rules make misuse harder. Rate it negative for broad or vague powers,\n"
                                        + "positive for clear and narrow ones, none if it creates no new powers.\n",
                                new Examples(
                                        "A decree allowing blocking of any content that harms \"national dignity\" or \"traditions\".",
                                        "A law listing precise, time-limited grounds for any restriction and requiring a proportionality test."),
                                null)));
    }

    private static Criterion criterion15() {
        return new Criterion(
                "privacy",
                "Privacy",
                "trustworthy",
                "People control what is known about them and their communications, who collects it, and\n"
                        + "how it is used. Privacy makes people willing to use the Internet freely, and protects\n"
                        + "them from discrimination, persecution and fraud.\n",
                "Look at new collection, retention and sharing of data about users and their traffic,\n"
                        + "at monitoring powers, and at whether people keep the ability to use privacy tools,\n"
                        + "remain anonymous or pseudonymous, and choose what they disclose.\n",
                List.of(
                        new Question(
                                "privacy-data-collection",
                                "Does it increase or decrease the collection, retention or sharing of data about users and their communications?",
                                "Data that is collected and kept can be leaked, stolen, demanded or misused later.\n"
                                        + "Mandatory retention and sharing widen that risk; minimisation narrows it. Rate it\n"
                                        + "negative if more data is collected or kept, positive if less.\n",
                                new Examples(
                                        "A rule that operators retain logs of every user's connections for a year and hand them over on request.",
                                        "A data-protection law that limits collection to what a service needs and sets strict deletion deadlines."),
                                null),
                        new Question(
                                "privacy-monitoring",
                                "Does it enable governments or companies to monitor people's online activity, or limit such monitoring?",
                                "Monitoring, even without reading content, reveals whom people talk to, what they read\n"
                                        + "and where they are. Its mere possibility makes people censor themselves. Rate it\n"
                                        + "negative if it enables monitoring, positive if it limits it.\n",
                                new Examples(
                                        "A national gateway that records which sites each subscriber visits.",
                                        "A ban on deep packet inspection for advertising or profiling purposes."),
                                null),
                        new Question(
                                "privacy-user-control",
                                "Does it give people more or less control over their personal data and their anonymity, including their choice of privacy tools?",
                                "Privacy depends on choices people can make: using encryption and VPNs, staying\n"
                                        + "pseudonymous, deciding what to share. Real-name mandates, bans on privacy tools or\n"
                                        + "forced disclosure take those choices away. Rate it negative if control is reduced,\n"
                                        + "positive if it is increased.\n",
                                new Examples(
                                        "A law requiring real-name registration before posting any comment online.",
                                        "A right to use encryption and pseudonyms, written into law."),
                                null)));
    }

    private static Section section2() {
        return new Section(
                "thrive",
                "What the Internet needs to thrive",
                "The enablers of an open, globally connected, secure and trustworthy Internet: the\n"
                        + "technical, economic and governance conditions that let it reach those four goals. They\n"
                        + "build on the critical properties; a proposal that weakens an enabler moves the Internet\n"
                        + "away from its goals, and people feel it in their everyday use.\n",
                List.of(
                        criterion6(),
                        criterion7(),
                        criterion8(),
                        criterion9(),
                        criterion10(),
                        criterion11(),
                        criterion12(),
                        criterion13(),
                        criterion14(),
                        criterion15()));
    }

    private static Rubric rubric1() {
        return new Rubric(
                null,
                "iwn",
                "2.0",
                "Internet Way of Networking",
                "Assesses how a law, regulation, business decision or technology affects the Internet through\n"
                        + "two lenses. The first is what the Internet needs to exist: the five critical properties of the\n"
                        + "Internet Way of Networking. The second is what it needs to thrive: ten enablers grouped under\n"
                        + "four goals (an open, globally connected, secure and trustworthy Internet). The questions are\n"
                        + "our own wording of the prompts in the Internet Society's Internet Impact Assessment Toolkit.\n",
                "https://www.internetsociety.org/issues/internet-way-of-networking/internet-impact-assessment-toolkit/",
                List.of(
                        new ScaleEntry(
                                "strongly-negative",
                                "Strongly negative",
                                new BigDecimal("-2"),
                                "Seriously undermines the property or enabler, or removes it outright."),
                        new ScaleEntry(
                                "negative",
                                "Negative",
                                new BigDecimal("-1"),
                                "Weakens the property or enabler, but it still largely holds."),
                        new ScaleEntry(
                                "none",
                                "No impact",
                                new BigDecimal("0"),
                                "Does not touch this property or enabler in any way that matters."),
                        new ScaleEntry(
                                "positive",
                                "Positive",
                                new BigDecimal("1"),
                                "Supports or strengthens the property or enabler."),
                        new ScaleEntry(
                                "strongly-positive",
                                "Strongly positive",
                                new BigDecimal("2"),
                                "Substantially strengthens the property or enabler, or restores it where it was missing."),
                        new ScaleEntry(
                                "unclear",
                                "Unclear",
                                null,
                                "It depends on how the proposal is implemented; counted as answered, left out of the score.")),
                List.of(
                        new ConfidenceLevel(
                                "high",
                                "High",
                                new BigDecimal("1.0")),
                        new ConfidenceLevel(
                                "medium",
                                "Medium",
                                new BigDecimal("0.7")),
                        new ConfidenceLevel(
                                "low",
                                "Low",
                                new BigDecimal("0.4"))),
                "medium",
                List.of(
                        new LevelBound(
                                "strongly-negative",
                                new BigDecimal("-1.25"),
                                null),
                        new LevelBound(
                                "negative",
                                new BigDecimal("-0.25"),
                                null),
                        new LevelBound(
                                "none",
                                null,
                                new BigDecimal("0.25")),
                        new LevelBound(
                                "positive",
                                null,
                                new BigDecimal("1.25")),
                        new LevelBound(
                                "strongly-positive",
                                null,
                                null)),
                null,
                Aggregation.WORST_HARM,
                "medium",
                List.of(
                        new Change(
                                "1.0",
                                orderedMap(
                                        List.of(
                                                "governance-open-process"),
                                        List.of(
                                                "governance-inclusive-decisions")),
                                Map.of(),
                                Map.of(),
                                List.of(),
                                List.of(
                                        "governance-inclusive-decisions"))),
                List.of(
                        new Goal(
                                "open",
                                "Open",
                                "Anyone can connect, and people and organisations can combine technologies and build new\n"
                                        + "services without asking permission and with few barriers, under governance that is open\n"
                                        + "to all who have a stake.\n"),
                        new Goal(
                                "globally-connected",
                                "Globally connected",
                                "Any endpoint can reach any other, wherever it is, and there is enough affordable capacity\n"
                                        + "for people and organisations to use the Internet as one global network.\n"),
                        new Goal(
                                "secure",
                                "Secure",
                                "Information, devices, applications and services are protected: data stays confidential,\n"
                                        + "is not tampered with, and the network and its services keep working when things go wrong.\n"),
                        new Goal(
                                "trustworthy",
                                "Trustworthy",
                                "People can rely on the Internet and on those who run and regulate it: their privacy is\n"
                                        + "respected and the actors who shape their experience answer for what they do.\n")),
                List.of(
                        section1(),
                        section2()));
    }

    private static Criterion criterion16() {
        return new Criterion(
                "decentralized-management",
                "Decentralized management and a single distributed routing system",
                null,
                "The Internet is a network of independent networks. Each decides for itself how and\n"
                        + "with whom it interconnects, and they exchange routes with a common protocol (BGP),\n"
                        + "with no central point of control. This lets the network grow locally while staying\n"
                        + "globally connected, and makes it resilient.\n",
                "Look for mandated gateways or exchange points, rules that dictate who must or may not\n"
                        + "interconnect, regulated interconnection payments, and politically motivated cut-offs.\n"
                        + "Central control points scale worse, fail worse, and are easier to misuse.\n",
                List.of(
                        new Question(
                                "routing-central-control",
                                "Does it concentrate routing or interconnection in a central point of control, such as a mandated national gateway or a single required exchange point?",
                                "Traffic on the Internet takes many paths chosen by thousands of operators. Forcing it\n"
                                        + "through a few chosen points creates a hierarchy that is slower to grow, easier to\n"
                                        + "fail, and easy to use for blocking or monitoring. Rate it negative if it centralises,\n"
                                        + "positive if it spreads interconnection out.\n",
                                new Examples(
                                        "A decree that all domestic and international traffic must pass through one government-designated gateway operator.",
                                        "Ending a monopoly on international gateways so that any licensed operator may build its own cross-border links."),
                                new BigDecimal("1.5")),
                        new Question(
                                "routing-interconnection-freedom",
                                "Does it restrict networks' freedom to choose with whom, where and on what terms they interconnect, for example by regulating interconnection payments?",
                                "Networks agree among themselves whether to exchange traffic for free (peering) or to\n"
                                        + "pay for transit, based on what suits both. Rules that fix who pays whom, or forbid\n"
                                        + "some connections, replace these voluntary deals and distort where traffic flows.\n"
                                        + "Rate it negative if it restricts that freedom, positive if it restores it.\n",
                                new Examples(
                                        "A regulation imposing a \"sending party pays\" settlement on traffic exchanged between domestic networks.",
                                        "Removing a rule that forced all domestic traffic exchange through the incumbent, so networks may peer at neutral exchange points."),
                                null),
                        new Question(
                                "routing-network-growth",
                                "Does it hinder or encourage the growth of networks, in number and in size, and the addition of new interconnections?",
                                "A healthy Internet keeps gaining networks, links and routes, which adds capacity and\n"
                                        + "alternatives. Caps on operators, costly conditions on new links or forced removals\n"
                                        + "of connections shrink that web. Rate it negative if it holds growth back, positive\n"
                                        + "if it encourages it.\n",
                                new Examples(
                                        "A cap on the number of operators allowed to run international links.",
                                        "A policy that makes it cheap and quick for new operators to lay fibre and connect at exchange points."),
                                null)));
    }

    private static Criterion criterion17() {
        return new Criterion(
                "global-identifiers",
                "Common global identifiers",
                null,
                "IP addresses and domain names mean the same thing everywhere: one address space and one\n"
                        + "consistent naming system (the DNS under a single root) let any device find and talk to\n"
                        + "any other. Splitting or rewriting these identifiers forces gateways, translation and\n"
                        + "mapping tables, adds cost and friction, and makes the network less useful.\n",
                "Look for alternative roots or registries, DNS rewriting or filtering at resolvers,\n"
                        + "revocation of addresses or names for political reasons, and pressure on the bodies that\n"
                        + "allocate identifiers to depart from their neutral, policy-based processes.\n",
                List.of(
                        new Question(
                                "identifiers-single-namespace",
                                "Does it split or duplicate the global name or number spaces, for example through a national DNS root, a parallel registry or the removal of names from the shared root?",
                                "There is one global DNS root and one coordinated address space, so a name or address\n"
                                        + "points to the same place for everyone. Parallel roots or registries, or deleting a\n"
                                        + "country's names from the root, mean that the same name no longer works the same way\n"
                                        + "everywhere. Rate it negative if it fragments the name spaces, positive if it\n"
                                        + "strengthens their unity.\n",
                                new Examples(
                                        "A law requiring operators to resolve names through a national alternative root that the government can edit.",
                                        "A government commitment to keep its country-code domain in the single global root under the common policy process."),
                                new BigDecimal("1.5")),
                        new Question(
                                "identifiers-dns-tampering",
                                "Does it require or enable altering, filtering or redirecting DNS answers, so that names resolve differently depending on where or through whom you ask?",
                                "When resolvers are made to lie, for example to redirect banned names to a warning\n"
                                        + "page, the same name gives different answers on different networks. Users can no\n"
                                        + "longer rely on names, and they turn to other resolvers or tools, which adds\n"
                                        + "complexity. Rate it negative if it mandates or encourages such tampering, positive\n"
                                        + "if it protects consistent resolution.\n",
                                new Examples(
                                        "An order requiring every ISP to redirect DNS queries for a list of banned domains to a government page.",
                                        "A rule that public resolvers must return unaltered answers and support DNSSEC validation."),
                                null),
                        new Question(
                                "identifiers-allocation",
                                "Does it change who allocates, or may revoke, IP addresses, AS numbers or domain names, or make allocation depend on political criteria?",
                                "Addresses, network numbers and domain names are handed out by regional registries and\n"
                                        + "registries that follow open, community-made policies, not politics. Making them\n"
                                        + "revoke or deny identifiers for political reasons undermines the trust that keeps\n"
                                        + "everyone in the same system. Rate it negative if it politicises or centralises\n"
                                        + "allocation, positive if it protects neutral allocation.\n",
                                new Examples(
                                        "A demand that a regional Internet registry revoke the address space of every network in a given country.",
                                        "A law recognising that address and name allocation follows the registries' open, community-developed policies."),
                                null)));
    }

    private static Section section3() {
        return new Section(
                "exist",
                "What the Internet needs to exist",
                "The five critical properties of the Internet Way of Networking: the technical foundation\n"
                        + "that the tens of thousands of independent networks share when they choose to interconnect\n"
                        + "as \"the Internet\". A proposal that undermines one of them threatens something without which\n"
                        + "the Internet, as we know it, cannot work.\n",
                List.of(
                        criterion1(),
                        criterion2(),
                        criterion16(),
                        criterion17(),
                        criterion5()));
    }

    private static Criterion criterion18() {
        return new Criterion(
                "unrestricted-use",
                "Unrestricted use and deployment of Internet technologies",
                "open",
                "Networks and people can freely choose, combine and deploy technologies, equipment,\n"
                        + "devices, software and services, including new ones, without permission. This keeps\n"
                        + "the Internet adaptable and lets innovation come from anywhere.\n",
                "Look for bans or mandates on particular technologies, approval steps for deploying\n"
                        + "new ones, and arrangements that lock users or networks into one provider or vendor.\n"
                        + "Security or safety rules can be legitimate; ask whether they are narrow and\n"
                        + "technology-neutral.\n",
                List.of(
                        new Question(
                                "use-mix-and-match",
                                "Does it change whether networks and people can freely choose and combine technologies, equipment, devices and software?",
                                "Being able to pick any standards-compliant router, phone, operating system or app,\n"
                                        + "and to combine them, is what lets people build what they need. Bans, mandatory\n"
                                        + "products or closed certification schemes narrow that choice. Rate it negative if\n"
                                        + "choice is narrowed, positive if it is widened.\n",
                                new Examples(
                                        "A rule that only equipment certified by a single national laboratory may be connected to any network.",
                                        "Opening a radio band for licence-exempt use by any equipment that meets common technical standards."),
                                null),
                        new Question(
                                "use-deploy-new-tech",
                                "Does it make it harder or easier to deploy new Internet technologies, such as new security protocols, IPv6 or new transport protocols?",
                                "The Internet improves when operators and developers can roll out new protocols as soon\n"
                                        + "as they are ready. If new technologies need approval, are banned by default, or are\n"
                                        + "made pointless by the rule, the Internet stays stuck with older, weaker tools. Rate\n"
                                        + "it negative if deployment gets harder, positive if easier.\n",
                                new Examples(
                                        "A requirement that operators obtain approval before enabling new protocols such as encrypted DNS.",
                                        "A programme that funds and coordinates IPv6 deployment across public networks."),
                                null),
                        new Question(
                                "use-lock-in",
                                "Does it lock users or networks into a particular provider, platform or vendor, or make it easier to switch?",
                                "When people and networks can switch providers and move their data, providers compete\n"
                                        + "and new ones can enter. Mandated platforms, exclusive deals or closed formats tie users\n"
                                        + "to one supplier. Rate it negative if it creates lock-in, positive if it makes switching\n"
                                        + "easier.\n",
                                new Examples(
                                        "A mandate that all citizens access public services through a single company's app store and account system.",
                                        "A rule requiring providers to let users export their data in an open, documented format."),
                                null)));
    }

    private static Criterion criterion19() {
        return new Criterion(
                "collaborative-governance",
                "Collaborative development, management and governance",
                "open",
                "The Internet's standards, operations and policies are developed in open, bottom-up,\n"
                        + "consensus-driven processes in which anyone with a stake can take part: standards\n"
                        + "bodies, regional Internet registries, operator groups and multistakeholder forums.\n"
                        + "That collaboration is how a network with no owner keeps working as one.\n",
                "Look at both the substance (does it bypass or weaken collaborative bodies, or replace\n"
                        + "voluntary cooperation with top-down control?) and the process (was it made openly,\n"
                        + "with the technical community, civil society and business consulted?).\n",
                List.of(
                        new Question(
                                "governance-multistakeholder",
                                "Does it support or undermine the open, bottom-up, multistakeholder bodies that develop and govern the Internet, such as standards bodies, Internet registries and ICANN?",
                                "These bodies work because their decisions come from open processes that no single\n"
                                        + "government or company controls. Demands that they act outside those processes, or\n"
                                        + "moves to replace them with top-down bodies, weaken them for everyone. Rate it\n"
                                        + "negative if it undermines them, positive if it supports them.\n",
                                new Examples(
                                        "A government demand that the body coordinating the DNS remove another country's domains outside its policy process.",
                                        "Public funding that helps local engineers and civil society take part in Internet standards and registry policy work."),
                                new BigDecimal("1.5")),
                        new Question(
                                "governance-open-process",
                                "Was the proposal itself developed in an open, inclusive process, with meaningful consultation of the technical community, civil society and business?",
                                "Rules made with the people who build and use the Internet tend to fit how it works;\n"
                                        + "rules made behind closed doors often carry avoidable harm. Rate it negative if it was\n"
                                        + "made without meaningful consultation, positive if it was made openly and\n"
                                        + "collaboratively, none if this does not apply (for example a private company's\n"
                                        + "internal decision with no public process expected).\n",
                                new Examples(
                                        "A decree on Internet routing adopted without any public draft or consultation.",
                                        "A regulator publishing a draft framework for comment and revising it with community network operators."),
                                null),
                        new Question(
                                "governance-operator-cooperation",
                                "Does it support or undermine voluntary cooperation among network operators, such as community-run exchange points, operator groups and shared incident response?",
                                "Much of the Internet runs on voluntary cooperation: operators meeting at exchange\n"
                                        + "points, sharing information about attacks and coordinating fixes. Replacing that with\n"
                                        + "mandates, or politicising it, erodes the trust it depends on. Rate it negative if it\n"
                                        + "undermines cooperation, positive if it supports it.\n",
                                new Examples(
                                        "A rule that replaces community-run exchange points with a single state-operated exchange.",
                                        "Government support for a neutral, community-managed Internet exchange point."),
                                null)));
    }

    private static Criterion criterion20() {
        return new Criterion(
                "unrestricted-reachability",
                "Unrestricted reachability",
                "globally-connected",
                "Users can reach any site, service or network that should reasonably be available to\n"
                        + "them, and can be reached in turn, wherever they are. Blocking, disconnection and\n"
                        + "shutdowns break the promise that the Internet is one global network.\n",
                "Look for blocking and filtering powers, shutdown powers, and decisions that cut networks\n"
                        + "or whole countries off. Consider how precise a measure can be in practice: most blocking\n"
                        + "techniques also catch lawful content, and users work around them.\n",
                List.of(
                        new Question(
                                "reach-blocking",
                                "Does it block, filter or otherwise stop users from reaching sites, services or networks that should reasonably be available to them?",
                                "Blocking makes parts of the Internet invisible from some places. Even targeted\n"
                                        + "blocking often catches lawful content, and it teaches users that links cannot be\n"
                                        + "relied on. Rate it negative if it blocks or filters, positive if it restores or\n"
                                        + "protects access.\n",
                                new Examples(
                                        "Government-mandated DNS filtering of independent news sites.",
                                        "A court ruling that strikes down a blanket website-blocking order."),
                                null),
                        new Question(
                                "reach-disconnection",
                                "Could it cut off or isolate networks, regions or whole countries from the rest of the Internet?",
                                "Shutdowns, disconnection powers and refusals to interconnect take people offline or\n"
                                        + "leave networks unreachable. Beyond the immediate harm, they set precedents that\n"
                                        + "others can follow. Rate it negative if it makes disconnection possible or more\n"
                                        + "likely, positive if it guards against it.\n",
                                new Examples(
                                        "A law empowering a minister to order nationwide Internet shutdowns without judicial review.",
                                        "A statute forbidding network shutdowns and requiring operators to keep customers connected during unrest."),
                                null)));
    }

    private static Criterion criterion21() {
        return new Criterion(
                "available-capacity",
                "Available capacity",
                "globally-connected",
                "There is enough affordable capacity, in backbones, cross-border links, last-mile access,\n"
                        + "exchange points and local caches, for people and organisations to use the Internet as\n"
                        + "they need. Keeping traffic local where possible makes it cheaper, faster and more\n"
                        + "reliable.\n",
                "Look at incentives for investment, at whether traffic can be exchanged and served close\n"
                        + "to users, and at any new chokepoint through which traffic must be funnelled. Costs that\n"
                        + "push content away from local caches, or mandatory gateways, typically reduce capacity.\n",
                List.of(
                        new Question(
                                "capacity-investment",
                                "Does it encourage or discourage investment in infrastructure that adds capacity, such as backbones, cross-border links and last-mile access?",
                                "Capacity grows when many parties can invest and expect a fair return. Rules that\n"
                                        + "raise the cost of building, limit who may build, or take away the incentive to\n"
                                        + "upgrade leave capacity short. Rate it negative if investment is discouraged,\n"
                                        + "positive if it is encouraged.\n",
                                new Examples(
                                        "Exclusive rights for a single operator to land international submarine cables.",
                                        "Rules to \"dig once\", laying open-access ducts whenever roads are built."),
                                null),
                        new Question(
                                "capacity-local-exchange",
                                "Does it help or hinder keeping traffic local, close to users, through exchange points, peering and content caches?",
                                "Traffic that is exchanged at a local exchange point, or served from a cache inside\n"
                                        + "the user's network, is cheaper and faster than traffic hauled across oceans. Measures\n"
                                        + "that make local caches or peering costly push traffic abroad. Rate it negative if\n"
                                        + "local exchange is hindered, positive if it is helped.\n",
                                new Examples(
                                        "Interconnection fees that lead a large content provider to serve local users from servers abroad.",
                                        "Support for a neutral local exchange point where networks and content providers can peer."),
                                null),
                        new Question(
                                "capacity-bottlenecks",
                                "Does it create or remove chokepoints through which traffic must be funnelled?",
                                "When traffic must pass through a few links or facilities, their capacity becomes the\n"
                                        + "limit for everyone, and congestion follows. Rate it negative if it creates\n"
                                        + "chokepoints, positive if it removes them.\n",
                                new Examples(
                                        "Funnelling all international traffic through one state-run gateway.",
                                        "Licensing additional cable landing stations and cross-border links."),
                                null)));
    }

    private static Section section4() {
        return new Section(
                "thrive",
                "What the Internet needs to thrive",
                "The enablers of an open, globally connected, secure and trustworthy Internet: the\n"
                        + "technical, economic and governance conditions that let it reach those four goals. They\n"
                        + "build on the critical properties; a proposal that weakens an enabler moves the Internet\n"
                        + "away from its goals, and people feel it in their everyday use.\n",
                List.of(
                        criterion6(),
                        criterion18(),
                        criterion19(),
                        criterion20(),
                        criterion21(),
                        criterion11(),
                        criterion12(),
                        criterion13(),
                        criterion14(),
                        criterion15()));
    }

    private static Rubric rubric2() {
        return new Rubric(
                null,
                "iwn",
                "1.0",
                "Internet Way of Networking",
                "Assesses how a law, regulation, business decision or technology affects the Internet through\n"
                        + "two lenses. The first is what the Internet needs to exist: the five critical properties of the\n"
                        + "Internet Way of Networking. The second is what it needs to thrive: ten enablers grouped under\n"
                        + "four goals (an open, globally connected, secure and trustworthy Internet). The questions are\n"
                        + "our own wording of the prompts in the Internet Society's Internet Impact Assessment Toolkit.\n",
                "https://www.internetsociety.org/issues/internet-way-of-networking/internet-impact-assessment-toolkit/",
                List.of(
                        new ScaleEntry(
                                "strongly-negative",
                                "Strongly negative",
                                new BigDecimal("-2"),
                                "Seriously undermines the property or enabler, or removes it outright."),
                        new ScaleEntry(
                                "negative",
                                "Negative",
                                new BigDecimal("-1"),
                                "Weakens the property or enabler, but it still largely holds."),
                        new ScaleEntry(
                                "none",
                                "No impact",
                                new BigDecimal("0"),
                                "Does not touch this property or enabler in any way that matters."),
                        new ScaleEntry(
                                "positive",
                                "Positive",
                                new BigDecimal("1"),
                                "Supports or strengthens the property or enabler."),
                        new ScaleEntry(
                                "strongly-positive",
                                "Strongly positive",
                                new BigDecimal("2"),
                                "Substantially strengthens the property or enabler, or restores it where it was missing."),
                        new ScaleEntry(
                                "unclear",
                                "Unclear",
                                null,
                                "It depends on how the proposal is implemented; counted as answered, left out of the score.")),
                List.of(
                        new ConfidenceLevel(
                                "high",
                                "High",
                                new BigDecimal("1.0")),
                        new ConfidenceLevel(
                                "medium",
                                "Medium",
                                new BigDecimal("0.7")),
                        new ConfidenceLevel(
                                "low",
                                "Low",
                                new BigDecimal("0.4"))),
                "medium",
                List.of(
                        new LevelBound(
                                "strongly-negative",
                                new BigDecimal("-1.25"),
                                null),
                        new LevelBound(
                                "negative",
                                new BigDecimal("-0.25"),
                                null),
                        new LevelBound(
                                "none",
                                null,
                                new BigDecimal("0.25")),
                        new LevelBound(
                                "positive",
                                null,
                                new BigDecimal("1.25")),
                        new LevelBound(
                                "strongly-positive",
                                null,
                                null)),
                new SevereHarmRule(
                        "strongly-negative",
                        "medium",
                        "negative"),
                Aggregation.MEAN,
                "medium",
                List.of(),
                List.of(
                        new Goal(
                                "open",
                                "Open",
                                "Anyone can connect, and people and organisations can combine technologies and build new\n"
                                        + "services without asking permission and with few barriers, under governance that is open\n"
                                        + "to all who have a stake.\n"),
                        new Goal(
                                "globally-connected",
                                "Globally connected",
                                "Any endpoint can reach any other, wherever it is, and there is enough affordable capacity\n"
                                        + "for people and organisations to use the Internet as one global network.\n"),
                        new Goal(
                                "secure",
                                "Secure",
                                "Information, devices, applications and services are protected: data stays confidential,\n"
                                        + "is not tampered with, and the network and its services keep working when things go wrong.\n"),
                        new Goal(
                                "trustworthy",
                                "Trustworthy",
                                "People can rely on the Internet and on those who run and regulate it: their privacy is\n"
                                        + "respected and the actors who shape their experience answer for what they do.\n")),
                List.of(
                        section3(),
                        section4()));
    }

    private static <V> Map<String, V> orderedMap(List<String> keys, List<V> values) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values.get(i));
        }
        return map;
    }
}
