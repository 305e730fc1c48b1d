package io.segmenta.ui.project;

import io.segmenta.core.data.DatabaseQuery;
import java.nio.file.Path;

/** What reopening a project may have to ask the analyst: the window asks with dialogs, tests answer. */
public interface ProjectQuestions {
    /** Where the project's data file is now ({@code missing} is not there any more), or null to stop. */
    Path locateDataFile(Path missing);

    /** Whether to continue on {@code file}, whose content changed since the project was saved; false stops. */
    boolean continueOnChangedData(Path file);

    /** The password for the project's database query, or null to stop (cleared after use). */
    char[] databasePassword(DatabaseQuery query);
}
