package dev.iia.interview;

import dev.iia.assessment.Proposal;

/** The proposal details asked before the questions, in order; only the title is required. */
public enum ProposalField {
    TITLE, JURISDICTION, SPONSOR, STATUS, DATE, URL, SUMMARY;

    /** The key in assessment files. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean required() {
        return this == TITLE;
    }

    /** Several lines, ended by an empty one. */
    public boolean multiline() {
        return this == SUMMARY;
    }

    String valueIn(Proposal proposal) {
        if (proposal == null) {
            return null;
        }
        return switch (this) {
            case TITLE -> proposal.title();
            case JURISDICTION -> proposal.jurisdiction();
            case SPONSOR -> proposal.sponsor();
            case STATUS -> proposal.status();
            case DATE -> proposal.date();
            case URL -> proposal.url();
            case SUMMARY -> proposal.summary();
        };
    }

    Proposal with(Proposal proposal, String value) {
        Proposal p = proposal != null ? proposal : new Proposal(null, null, null, null, null, null, null);
        return switch (this) {
            case TITLE -> new Proposal(value, p.jurisdiction(), p.sponsor(), p.status(), p.date(), p.url(), p.summary());
            case JURISDICTION -> new Proposal(p.title(), value, p.sponsor(), p.status(), p.date(), p.url(), p.summary());
            case SPONSOR -> new Proposal(p.title(), p.jurisdiction(), value, p.status(), p.date(), p.url(), p.summary());
            case STATUS -> new Proposal(p.title(), p.jurisdiction(), p.sponsor(), value, p.date(), p.url(), p.summary());
            case DATE -> new Proposal(p.title(), p.jurisdiction(), p.sponsor(), p.status(), value, p.url(), p.summary());
            case URL -> new Proposal(p.title(), p.jurisdiction(), p.sponsor(), p.status(), p.date(), value, p.summary());
            case SUMMARY -> new Proposal(p.title(), p.jurisdiction(), p.sponsor(), p.status(), p.date(), p.url(), value);
        };
    }
}
