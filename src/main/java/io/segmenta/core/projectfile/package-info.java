/**
 * Project files ({@code .segmenta}): an analysis saved to be reopened. A {@link
 * io.segmenta.core.projectfile.Project} is JSON written by {@link io.segmenta.core.projectfile.ProjectFiles}
 * (atomically) with these fields:
 * <ul>
 *   <li>{@code format} ("segmenta-project") and {@code version} (1): a later version is refused, naming both;</li>
 *   <li>{@code segmenta_version}, {@code saved};</li>
 *   <li>{@code source}: {@link io.segmenta.core.projectfile.TableSource} (kind, path, size, sha256, reader, sheet,
 *       csv_encoding, csv_separator; database_url, database_user, query; log, roles, reference_day);</li>
 *   <li>{@code choices}: {@link io.segmenta.core.projectfile.WindowChoices} (roles, features, prepare, segment);</li>
 *   <li>{@code runs}: number, spec (as the model file's {@code training.spec}), names, descriptions;</li>
 *   <li>{@code selected_run}, {@code x_axis}, {@code y_axis}, {@code step}.</li>
 * </ul>
 * {@link io.segmenta.core.projectfile.DataFile} checks the data file against the recorded size and SHA-256;
 * {@link io.segmenta.core.projectfile.ProjectData} reads the table again and recomputes the runs. The package
 * is called {@code projectfile} because {@code core/project} holds the PCA projection.
 */
package io.segmenta.core.projectfile;
