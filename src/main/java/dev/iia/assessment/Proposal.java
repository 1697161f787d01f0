package dev.iia.assessment;

/** What is assessed: a law, regulation, business decision or technology. */
public record Proposal(String title, String jurisdiction, String sponsor, String status, String date, String url,
                       String summary) {
}
