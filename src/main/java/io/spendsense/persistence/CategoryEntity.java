package io.spendsense.persistence;

import java.util.Arrays;
import java.util.List;

import io.spendsense.domain.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "categories")
class CategoryEntity {
    // SQLite only aliases the rowid for a column declared exactly INTEGER PRIMARY KEY (64-bit anyway).
    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    long userId;
    @Column(nullable = false)
    String name;
    @Column(name = "name_key", nullable = false)
    String nameKey;
    @Column(nullable = false)
    String color;
    @Column(nullable = false)
    String synonyms;
    @Column(nullable = false)
    boolean archived;

    Category toDomain() {
        return new Category(id, name, color, splitSynonyms(synonyms), archived);
    }

    static List<String> splitSynonyms(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    static String joinSynonyms(List<String> synonyms) {
        return String.join("|", synonyms);
    }
}
