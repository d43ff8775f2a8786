package io.spendsense.service;

import java.util.List;

/** The categories every new profile starts with, and the everyday words people use for each. */
public final class DefaultCategories {
    /** A default category: name, chart color, and lower-case synonyms the assistant understands. */
    public record Spec(String name, String color, List<String> synonyms) {
    }

    public static final List<Spec> ALL = List.of(
            new Spec("Housing", "#4e79a7", List.of("rent", "mortgage", "home", "house", "housing costs", "apartment",
                    "landlord", "property tax", "hoa", "home insurance", "renters insurance", "repairs",
                    "maintenance")),
            new Spec("Utilities", "#f28e2b", List.of("bills", "utility", "electricity", "electric", "power", "gas bill",
                    "water", "water bill", "internet", "broadband", "phone", "phone bill", "mobile", "cell phone",
                    "energy", "heating", "trash", "sewer")),
            new Spec("Groceries", "#59a14f", List.of("grocery", "food shopping", "supermarket", "groceries shopping",
                    "grocery store", "produce", "grocery shopping", "groceries run")),
            new Spec("Dining", "#e15759", List.of("eating out", "restaurants", "restaurant", "dining out", "takeout",
                    "take out", "takeaway", "food delivery", "coffee shops", "cafe", "cafes",
                    "bars", "bar", "drinks", "fast food", "meals out", "eat out")),
            new Spec("Transport", "#76b7b2", List.of("transportation", "travel to work", "commute", "commuting", "car",
                    "fuel", "gas", "gasoline", "petrol", "parking", "tolls", "taxi", "taxis", "cab",
                    "rideshare", "ride share", "bus", "train", "subway", "metro", "transit",
                    "public transport", "car insurance", "car repair")),
            new Spec("Health", "#ff9da7", List.of("medical", "medical costs", "healthcare", "health care", "doctor",
                    "doctors", "dentist", "dental", "pharmacy", "medicine", "medication", "prescriptions", "hospital",
                    "therapy", "gym", "fitness", "health insurance", "vision", "glasses")),
            new Spec("Entertainment", "#edc948", List.of("fun", "movies", "movie", "cinema", "concerts", "concert",
                    "tickets", "shows", "games", "gaming", "video games", "hobbies", "sports", "events", "theater",
                    "theatre", "museum", "leisure", "nightlife")),
            new Spec("Shopping", "#b07aa1", List.of("clothes", "clothing", "shoes", "electronics", "gadgets",
                    "household", "household items", "home goods", "furniture", "online shopping",
                    "apparel", "retail")),
            new Spec("Travel", "#9c755f", List.of("trips", "trip", "vacation", "vacations", "holiday", "holidays",
                    "flights", "flight", "airfare", "hotels", "hotel", "lodging", "airbnb", "accommodation",
                    "car rental", "travelling", "traveling")),
            new Spec("Subscriptions", "#bab0ac", List.of("subscription", "streaming", "memberships", "membership",
                    "software", "apps", "recurring services", "music streaming")),
            new Spec("Education", "#1f77b4", List.of("school", "tuition", "courses", "course", "classes", "books",
                    "textbooks", "learning", "training", "lessons", "college", "university", "school fees")),
            new Spec("Gifts", "#d37295", List.of("gift", "presents", "present", "donations", "donation", "charity",
                    "birthday gifts", "christmas gifts", "holiday gifts", "christmas presents", "birthday presents",
                    "holiday presents", "giving")),
            new Spec("Other", "#8c8c8c", List.of("miscellaneous", "misc", "uncategorized", "other expenses",
                    "everything else")));

    private DefaultCategories() {
    }
}
