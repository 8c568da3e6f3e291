package id.surel.request.bulk;

/** How far a batch's provisioning is: rows refused at upload, waiting, done and failed. */
public record BatchProgress(int refused, int pending, int done, int failed) {

    public int valid() {
        return pending + done + failed;
    }

    /** Done or failed, as a whole percentage of the valid rows (100 when there is nothing to do). */
    public int percent() {
        return valid() == 0 ? 100 : (int) ((done + failed) * 100L / valid());
    }

    public boolean finished() {
        return pending == 0;
    }
}
