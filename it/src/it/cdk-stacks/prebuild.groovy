// the project is a repository of its own, as a checkout is: the template search stops at its root
new File(basedir, '.git').mkdirs()
return true
