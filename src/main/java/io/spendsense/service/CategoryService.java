package io.spendsense.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.spendsense.domain.Category;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.CategoryRepository;
import io.spendsense.persistence.Transactions;

/** The signed-in user's categories: create, rename, recolor, edit synonyms, merge, archive. */
public final class CategoryService {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

    private final Transactions tx;
    private final CategoryRepository categories;

    public CategoryService(Transactions tx) {
        this.tx = tx;
        this.categories = new CategoryRepository(tx);
    }

    public List<Category> list(SignedInUser who) {
        return tx.inTransaction(() -> categories.list(who.id(), false));
    }

    public List<Category> listIncludingArchived(SignedInUser who) {
        return tx.inTransaction(() -> categories.list(who.id(), true));
    }

    public Optional<Category> find(SignedInUser who, long id) {
        return tx.inTransaction(() -> categories.find(who.id(), id));
    }

    public Optional<Category> findByName(SignedInUser who, String name) {
        return name == null
        || name.isBlank() ? Optional.empty() : tx.inTransaction(() -> categories.findByName(who.id(), name));
    }

    /** Creates a category; the color defaults to one from the palette. */
    public Category create(SignedInUser who, String name, String color, List<String> synonyms) {
        String clean = checkName(name);
        return tx.inWriteTransaction(() -> {
            if (categories.findByName(who.id(), clean).isPresent()) {
                throw new ValidationException("name", Texts.format("category.exists", clean));
            }
            String c = color == null || color.isBlank()
                    ? PALETTE[categories.list(who.id(), true).size() % PALETTE.length] : checkColor(color);
            return categories.create(who.id(), clean, c, cleanSynonyms(synonyms));
        });
    }

    /** Returns the category with this name, creating it when the user has none (import of unknown categories). */
    public Category findOrCreate(SignedInUser who, String name) {
        return tx.inWriteTransaction(() -> findByName(who, name).orElseGet(() -> create(who, name, null, List.of())));
    }

    public Category rename(SignedInUser who, long id, String newName) {
        String clean = checkName(newName);
        return tx.inWriteTransaction(() -> {
            var current = require(who, id);
            categories.findByName(who.id(), clean).filter(other -> other.id() != id).ifPresent(other -> {
                throw new ValidationException("name", Texts.format("category.exists", clean));
            });
            return save(who, current, clean, current.color(), current.synonyms(), current.archived());
        });
    }

    public Category recolor(SignedInUser who, long id, String color) {
        String c = checkColor(color);
        return tx.inWriteTransaction(() -> {
            var cur = require(who, id);
            return save(who, cur, cur.name(), c, cur.synonyms(), cur.archived());
        });
    }

    public Category setSynonyms(SignedInUser who, long id, List<String> synonyms) {
        return tx.inWriteTransaction(() -> {
            var cur = require(who, id);
            return save(who, cur, cur.name(), cur.color(), cleanSynonyms(synonyms), cur.archived());
        });
    }

    /** Archived categories keep their expenses but are no longer offered for new ones. */
    public Category setArchived(SignedInUser who, long id, boolean archived) {
        return tx.inWriteTransaction(() -> {
            var cur = require(who, id);
            return save(who, cur, cur.name(), cur.color(), cur.synonyms(), archived);
        });
    }

    /**
     * Moves every expense of {@code sourceId} into {@code targetId}, adds the source's name and synonyms to the
     * target's synonyms, and deletes the source. Returns the target as it is now.
     */
    public Category merge(SignedInUser who, long sourceId, long targetId) {
        if (sourceId == targetId) {
            throw new ValidationException("target", Texts.get("category.mergeIntoItself"));
        }
        return tx.inWriteTransaction(() -> {
            var source = require(who, sourceId);
            var target = require(who, targetId);
            categories.moveExpenses(who.id(), sourceId, targetId);
            categories.delete(who.id(), sourceId);
            var synonyms = new ArrayList<>(target.synonyms());
            synonyms.add(source.name());
            synonyms.addAll(source.synonyms());
            return save(who, target, target.name(), target.color(), cleanSynonyms(synonyms), target.archived());
        });
    }

    private Category save(SignedInUser who, Category cur, String name, String color, List<String> synonyms,
                          boolean archived) {
        return categories.update(who.id(), cur.id(), name, color, synonyms, archived).orElseThrow();
    }

    private Category require(SignedInUser who, long id) {
        return categories.find(who.id(), id)
        .orElseThrow(() -> new NotFoundException(Texts.format("category.notFound", id)));
    }

    static String checkName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new ValidationException("name", Texts.get("category.nameRequired"));
        }
        if (clean.length() > 60) {
            throw new ValidationException("name", Texts.format("category.nameTooLong", 60));
        }
        if (clean.contains("|")) {
            throw new ValidationException("name", Texts.get("category.nameBar"));
        }
        String control = io.spendsense.domain.SafeText.controlProblem(Texts.get("field.categoryName"), clean);
        if (control != null) {
            throw new ValidationException("name", control);
        }
        return clean;
    }

    private static String checkColor(String color) {
        if (!COLOR.matcher(color.strip()).matches()) {
            throw new ValidationException("color", Texts.get("category.colorRule"));
        }
        return color.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> cleanSynonyms(List<String> synonyms) {
        var clean = new LinkedHashSet<String>();
        for (String s : synonyms == null ? List.<String>of() : synonyms) {
            String word = s.strip().toLowerCase(Locale.ROOT).replace("|", " ").replaceAll("\\s+", " ");
            if (!word.isEmpty()) {
                clean.add(word);
            }
        }
        return List.copyOf(clean);
    }
}
