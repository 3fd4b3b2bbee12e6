/** Most images one job may claim; a larger number is a misread and is cut down to this. */
export const MAX_JOB_IMAGES = 16;
