package io.spendsense.ui.expenses;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.service.AttachmentService;
import io.spendsense.service.AttachmentService.NewAttachment;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.SystemViewer;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The receipts part of the expense editor: the expense's files with their thumbnails, files added (by the Attach
 * button or a drop) and removed until Save, which applies them with the fields in one transaction
 * ({@link ExpenseCommands}); a preview of the selected file (an image scaled down, a PDF's first page) and "open with
 * the system viewer". Files are read, checked and drawn in the background; what the user reads of a refused file is
 * the service's message, in {@link #errorProperty}.
 */
public final class AttachmentsViewModel {
    /** The longest side of the editor's preview, in pixels (the pane shows it smaller; sharp on a 2x screen). */
    static final int PREVIEW_SIDE = 720;

    private final AttachmentService service;
    private final SignedInUser user;
    private final TaskRunner runner;
    private final SystemViewer viewer;
    /** The expense's id, or null for a new expense. */
    private final Long expenseId;
    private final ObservableList<AttachmentItem> items = FXCollections.observableArrayList();
    private final ObservableList<AttachmentItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final List<Long> removed = new ArrayList<>();
    private final ObjectProperty<AttachmentItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<byte[]> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int previewGeneration;

    AttachmentsViewModel(AttachmentService service, SignedInUser user, TaskRunner runner, SystemViewer viewer,
                         Long expenseId) {
        this.service = service;
        this.user = user;
        this.runner = runner;
        this.viewer = viewer;
        this.expenseId = expenseId;
        selected.addListener((o, a, b) -> loadPreview(b));
    }

    /** Loads the stored files and their thumbnails (an existing expense). */
    public void start() {
        if (expenseId == null) {
            return;
        }
        runner.run(() -> {
            var list = new ArrayList<AttachmentItem>();
            for (var a : service.list(user, expenseId)) {
                list.add(AttachmentItem.stored(a, service.thumbnail(user, a.id()).orElse(null)));
            }
            return list;
        }).onBusy(busy::set).onSuccess(list -> {
            // files added while the list loaded stay, after the stored ones
            var pending = items.stream().filter(AttachmentItem::isPending).toList();
            items.setAll(list);
            items.addAll(pending);
            if (selected.get() == null && !items.isEmpty()) {
                selected.set(items.get(0));   // the first file shows at once
            }
        }).onFailure(e -> error.set(UserMessages.of(e))).start();
    }

    /**
     * Reads and checks files to attach on Save. Each refused file is named in {@link #errorProperty}; the others are
     * added. A file already in the list is left out, saying so.
     */
    public void addFiles(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        error.set("");
        runner.run(() -> {
            var read = new ArrayList<NewAttachment>();
            var problems = new ArrayList<String>();
            for (Path file : files) {
                try {
                    read.add(service.read(file));
                } catch (RuntimeException e) {
                    problems.add(UserMessages.of(e));
                }
            }
            return new Read(read, problems);
        }).onBusy(busy::set).onSuccess(r -> {
            var problems = new ArrayList<>(r.problems());
            AttachmentItem last = null;
            for (NewAttachment f : r.files()) {
                boolean twice = items.stream().anyMatch(i -> i.isPending() && i.pending().sha256().equals(f.sha256()));
                if (twice) {
                    problems.add(Messages.format("attachments.twice", f.fileName()));
                } else {
                    last = AttachmentItem.pending(f);
                    items.add(last);
                }
            }
            error.set(String.join("\n", problems));
            if (last != null) {
                selected.set(last);
            }
        }).onFailure(e -> error.set(UserMessages.of(e))).start();
    }

    private record Read(List<NewAttachment> files, List<String> problems) {
    }

    /** Takes a file out of the list; a stored one is detached on Save. */
    public void remove(AttachmentItem item) {
        if (item == null || !items.remove(item)) {
            return;
        }
        if (!item.isPending()) {
            removed.add(item.id());
        }
        if (item.equals(selected.get())) {
            selected.set(items.isEmpty() ? null : items.get(0));
        }
    }

    public void removeSelected() {
        remove(selected.get());
    }

    /** Writes the file to a private temporary folder and opens it with the system's viewer, in the background. */
    public void open(AttachmentItem item) {
        if (item == null) {
            return;
        }
        error.set("");
        runner.run(() -> {
            byte[] content = item.isPending() ? item.pending().content() : service.content(user, item.id());
            viewer.open(OpenedFiles.write(item.fileName(), content));
            return item;
        }).onFailure(e -> error.set(e instanceof IOException io
                ? Messages.format("attachments.openFailed", item.fileName(), io.getMessage())
                : UserMessages.of(e))).start();
    }

    public void openSelected() {
        open(selected.get());
    }

    private void loadPreview(AttachmentItem item) {
        int gen = ++previewGeneration;
        preview.set(null);
        if (item == null) {
            previewMessage.set("");
            return;
        }
        previewMessage.set(Messages.get("attachments.previewLoading"));
        runner.run(() -> item.isPending() ? service.preview(item.pending(), PREVIEW_SIDE)
                        : service.preview(user, item.id(), PREVIEW_SIDE))
                .onSuccess(image -> {
                    if (gen != previewGeneration) {
                        return;
                    }
                    preview.set(image.orElse(null));
                    previewMessage.set(image.isPresent() ? "" : Messages.get("attachments.noPreview"));
                })
                .onFailure(e -> {
                    if (gen == previewGeneration) {
                        previewMessage.set(UserMessages.of(e));
                    }
                }).start();
    }

    /** The files to attach on Save. */
    List<NewAttachment> added() {
        return items.stream().filter(AttachmentItem::isPending).map(AttachmentItem::pending).toList();
    }

    /** The stored attachments to detach on Save. */
    List<Long> removed() {
        return List.copyOf(removed);
    }

    public ObservableList<AttachmentItem> items() {
        return itemsView;
    }

    public ObjectProperty<AttachmentItem> selectedProperty() {
        return selected;
    }

    /** The selected file's picture (a JPEG), null while loading or when it cannot be drawn. */
    public ReadOnlyObjectProperty<byte[]> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "Loading preview…", "No preview…", or empty when the picture shows. */
    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage.getReadOnlyProperty();
    }

    /** Why files could not be added or opened; empty when all went well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
