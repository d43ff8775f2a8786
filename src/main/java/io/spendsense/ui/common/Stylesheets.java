package io.spendsense.ui.common;

/**
 * The stylesheets the feature screens share, absolute on the class path. They live here, not in one feature, so that
 * the features do not depend on each other for their looks.
 */
public final class Stylesheets {
    /** The cards, headings and charts of the Charts, chat, Budgets, Insights, Recurring and Rules screens. */
    public static final String INSIGHTS = "/io/spendsense/ui/insights.css";
    /** The Recurring and Rules screens' own styles, added over {@link #INSIGHTS}. */
    public static final String RECURRING_RULES = "/io/spendsense/ui/recurring-rules.css";

    private Stylesheets() {
    }
}
