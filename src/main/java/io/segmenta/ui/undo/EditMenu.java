package io.segmenta.ui.undo;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's Edit menu: Undo "what" (Ctrl+Z) and Redo "what" (Ctrl+Shift+Z, and Ctrl+Y as on
 * Windows), disabled when there is nothing to undo or redo. While a text field has typing of its own
 * to undo, Ctrl+Z and the menu undo that typing (the field's own undo), as in any text field; the
 * window's history takes over once the field has nothing left. Moving to another field or control
 * ends a typing step ({@link UndoViewModel#seal()}).
 */
public final class EditMenu {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final UndoViewModel vm;
    private final Menu menu = new Menu("_Edit");
    private Scene scene;

    private EditMenu(UndoViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        MenuItem undo = new MenuItem();
        undo.setId("undoMenuItem");
        undo.textProperty().bind(vm.undoTextProperty());
        undo.setMnemonicParsing(false);
        undo.setAccelerator(UNDO);
        undo.setOnAction(e -> undo());
        MenuItem redo = new MenuItem();
        redo.setId("redoMenuItem");
        redo.textProperty().bind(vm.redoTextProperty());
        redo.setMnemonicParsing(false);
        redo.setAccelerator(REDO);
        redo.setOnAction(e -> redo());
        menu.setId("editMenu");
        menu.getItems().addAll(undo, redo);
        menu.setOnShowing(e -> refresh(undo, redo));
        vm.canUndoProperty().addListener(o -> refresh(undo, redo));
        vm.canRedoProperty().addListener(o -> refresh(undo, redo));
        refresh(undo, redo);
    }

    /**
     * Puts the Edit menu after the first menu (File) of {@code bar} and, once the bar is in a scene,
     * handles the keys there: a scene filter, so the field's own undo comes first and a key does one
     * thing only.
     */
    public static void install(MenuBar bar, UndoViewModel vm) {
        EditMenu m = new EditMenu(vm);
        bar.getMenus().add(Math.min(1, bar.getMenus().size()), m.menu);
        bar.sceneProperty().subscribe(m::attach);
    }

    private void attach(Scene s) {
        if (s == null || s == scene) {
            return;
        }
        scene = s;
        s.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                e.consume();
                undo();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                e.consume();
                redo();
            }
        });
        s.focusOwnerProperty().addListener((o, was, now) -> vm.seal());
    }

    private void refresh(MenuItem undo, MenuItem redo) {
        TextInputControl field = field();
        undo.setDisable(!vm.canUndoProperty().get() && (field == null || !field.isUndoable()));
        redo.setDisable(!vm.canRedoProperty().get() && (field == null || !field.isRedoable()));
    }

    /** The text field with the keyboard focus, or null. */
    private TextInputControl field() {
        Node n = scene == null ? null : scene.getFocusOwner();
        return n instanceof TextInputControl t && t.isEditable() ? t : null;
    }

    private void undo() {
        TextInputControl f = field();
        if (f != null && f.isUndoable()) {
            f.undo();
        } else {
            vm.undo();
        }
    }

    private void redo() {
        TextInputControl f = field();
        if (f != null && f.isRedoable()) {
            f.redo();
        } else {
            vm.redo();
        }
    }
}
