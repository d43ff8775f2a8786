package io.spendsense.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.spendsense.domain.Category;

/** One user's categories. Every method takes the owner's id and never touches another user's rows. */
public final class CategoryRepository {
    private final Transactions tx;

    public CategoryRepository(Transactions tx) {
        this.tx = tx;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public List<Category> list(long userId, boolean includeArchived) {
        return tx.session().createSelectionQuery(
                        "from CategoryEntity c where c.userId = :u" + (includeArchived ? "" : " and c.archived = false")
                                + " order by c.nameKey", CategoryEntity.class)
                .setParameter("u", userId)
                .getResultStream().map(CategoryEntity::toDomain).toList();
    }

    public Optional<Category> find(long userId, long id) {
        return entity(userId, id).map(CategoryEntity::toDomain);
    }

    public Optional<Category> findByName(long userId, String name) {
        return tx.session().createSelectionQuery(
                        "from CategoryEntity c where c.userId = :u and c.nameKey = :k", CategoryEntity.class)
                .setParameter("u", userId).setParameter("k", key(name))
                .uniqueResultOptional().map(CategoryEntity::toDomain);
    }

    public Category create(long userId, String name, String color, List<String> synonyms) {
        tx.changed(userId);
        var e = new CategoryEntity();
        e.userId = userId;
        e.name = name;
        e.nameKey = key(name);
        e.color = color;
        e.synonyms = CategoryEntity.joinSynonyms(synonyms);
        tx.session().persist(e);
        tx.session().flush();
        return e.toDomain();
    }

    /** Changes a category; empty when the user has no category with that id. */
    public Optional<Category> update(long userId, long id, String name, String color, List<String> synonyms,
                                     boolean archived) {
        tx.changed(userId);
        return entity(userId, id).map(e -> {
            e.name = name;
            e.nameKey = key(name);
            e.color = color;
            e.synonyms = CategoryEntity.joinSynonyms(synonyms);
            e.archived = archived;
            tx.session().flush();
            return e.toDomain();
        });
    }

    /** Moves all of the user's expenses from one of their categories to another; returns how many moved. */
    public int moveExpenses(long userId, long fromId, long toId) {
        tx.changed(userId);
        return tx.session().createMutationQuery(
                        "update versioned ExpenseEntity e set e.category.id = :to"
                                + " where e.userId = :u and e.category.id = :from")
                .setParameter("to", toId).setParameter("u", userId).setParameter("from", fromId)
                .executeUpdate();
    }

    public boolean delete(long userId, long id) {
        tx.changed(userId);
        return tx.session().createMutationQuery("delete from CategoryEntity c where c.userId = :u and c.id = :id")
                .setParameter("u", userId).setParameter("id", id).executeUpdate() == 1;
    }

    Optional<CategoryEntity> entity(long userId, long id) {
        return tx.session().createSelectionQuery(
                        "from CategoryEntity c where c.userId = :u and c.id = :id", CategoryEntity.class)
                .setParameter("u", userId).setParameter("id", id)
                .uniqueResultOptional();
    }
}
