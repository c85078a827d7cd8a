package io.latentlab.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A combo box that shows a view-model choice in words and hands a person's pick to the view
 * model. It follows {@code current} (a model file opened, say) without calling back, so only
 * a real pick reaches {@code choose}.
 */
final class ChoicePicker<T> extends ComboBox<T> {

    ChoicePicker(String id, List<T> choices, Function<T, String> label, ObservableValue<T> current, Consumer<T> choose) {
        super(javafx.collections.FXCollections.observableArrayList(choices));
        setId(id);
        setMaxWidth(Double.MAX_VALUE);
        setVisibleRowCount(choices.size());
        StringConverter<T> words = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
        setConverter(words);
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.toString(item));
            }
        });
        setValue(current.getValue());
        current.addListener((o, was, is) -> setValue(is));
        valueProperty().addListener((o, was, picked) -> {
            if (picked != null && !Objects.equals(picked, current.getValue())) {
                choose.accept(picked);
            }
        });
    }
}
